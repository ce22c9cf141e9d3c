import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { expect, it } from 'vitest'
import { freePort } from '../testing/globalSetup'
import { startEmbeddedPostgres } from './embeddedPostgres'

it("moves a database made with an older version's password to the installation's own, and refuses the old one after", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-pg-password-'))
  fs.chmodSync(dir, 0o755)
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
