import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { EmbeddedPostgresUnavailable, startEmbeddedPostgres } from './embeddedPostgres'

const asRoot = process.getuid?.() === 0

/** A free TCP port on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

it("moves a database made with an older version's password to the installation's own, and refuses the old one after", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-pg-password-'))
  const base = { dataDir: path.join(dir, 'pg'), port: await freePort(), user: 'congkhai', database: 'congkhai' }
  const old = await startEmbeddedPostgres({ ...base, password: 'congkhai' })
  await old.stop()

  const db = await startEmbeddedPostgres({ ...base, password: 'generated-for-this-installation', formerPasswords: ['congkhai'] })
  try {
    const client = new pg.Client({ connectionString: db.uri })
    await client.connect()
    expect((await client.query('SELECT current_user AS who')).rows[0].who).toBe('congkhai')
    await client.end()
    const former = new pg.Client({ connectionString: `postgres://congkhai:congkhai@127.0.0.1:${base.port}/congkhai` })
    await expect(former.connect()).rejects.toMatchObject({ code: '28P01' })
  } finally {
    await db.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}, 120_000)

describe('in a folder only its owner can enter (mode 700, as mktemp -d and /root are)', () => {
  it('initialises, starts, keeps data across a restart, and leaves every file to the user who ran it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-pg-700-'))
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700)
    const opts = { dataDir: path.join(dir, 'data', 'postgres'), port: await freePort(), user: 'congkhai', password: 'pw-700-test-password', database: 'congkhai' }
    try {
      const first = await startEmbeddedPostgres(opts)
      const client = new pg.Client({ connectionString: first.uri })
      await client.connect()
      await client.query('CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)')
      await client.end()
      await first.stop()

      const again = await startEmbeddedPostgres(opts)
      const reader = new pg.Client({ connectionString: again.uri })
      await reader.connect()
      expect((await reader.query('SELECT n FROM kept')).rows).toEqual([{ n: 7 }])
      await reader.end()
      await again.stop()
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700)
      const owners = spawnSync('find', [dir, '!', '-uid', String(process.getuid!())], { encoding: 'utf8' }).stdout.trim()
      expect(owners).toBe('')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)

  it.runIf(asRoot && spawnSync('id', ['-u', 'postgres']).status === 0)(
    'starts a data folder an older version made as the `postgres` system user, and gives it back to root',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-pg-old-'))
      fs.chmodSync(dir, 0o755)
      const opts = { dataDir: path.join(dir, 'pg'), port: await freePort(), user: 'congkhai', password: 'pw-old-layout-password', database: 'congkhai' }
      try {
        const made = await startEmbeddedPostgres(opts)
        await made.stop()
        // What createPostgresUser left behind: every file the `postgres` user's.
        expect(spawnSync('chown', ['-R', 'postgres:postgres', opts.dataDir]).status).toBe(0)
        const lines: string[] = []
        const db = await startEmbeddedPostgres({ ...opts, log: (line) => lines.push(line) })
        await db.stop()
        expect(lines.join('\n')).toMatch(/belongs to the `postgres` system user \(made by an older version\); giving it back to root/)
        expect(fs.statSync(path.join(opts.dataDir, 'PG_VERSION')).uid).toBe(0)
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    },
    120_000,
  )

  it.runIf(asRoot)('as root where no user namespace can be made, fails with what to do, not a stack trace', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-pg-nouserns-'))
    try {
      const start = startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), user: 'u', password: 'p', database: 'd', unshare: path.join(dir, 'no-unshare') })
      await expect(start).rejects.toBeInstanceOf(EmbeddedPostgresUnavailable)
      const message = await start.catch((err: Error) => err.message)
      expect(message).toMatch(/PostgreSQL refuses to run as root, and this machine does not let it start in a user namespace/)
      expect(message).toMatch(/DATABASE_URI/)
      expect(message).not.toContain('\n')
      expect(fs.existsSync(path.join(dir, 'pg'))).toBe(false)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

it('a port already taken: one paragraph with PostgreSQL\'s own words and what to do, not a stack trace', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-pg-port-'))
  const port = await freePort()
  const holder = net.createServer().listen(port, '127.0.0.1')
  try {
    const message = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, user: 'u', password: 'p', database: 'd' }).then(
      () => 'started',
      (err: Error) => (err instanceof EmbeddedPostgresUnavailable ? err.message : `unexpected: ${err.stack}`),
    )
    expect(message).toMatch(/exited while starting.*could not create any TCP\/IP sockets.*set POSTGRES_PORT/)
    expect(message).not.toContain('\n')
  } finally {
    holder.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}, 120_000)
