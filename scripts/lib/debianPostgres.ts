import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { freePort } from './processes'

/** Where Debian and Ubuntu put each installed major version of the PostgreSQL server (`postgresql-<major>`). */
export const DEBIAN_POSTGRES_ROOT = '/usr/lib/postgresql'

/** A PostgreSQL cluster of its own, started from Debian's server binaries, reached through `uri` only. */
export interface DebianPostgres {
  /** `postgres://<user>:<password>@127.0.0.1:<port>/<database>`: what an operator sets as `DATABASE_URI`. */
  uri: string
  /** The server's version line, `postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)`. */
  version: string
  /** The folder of the cluster's binaries, `/usr/lib/postgresql/<major>/bin` (its `pg_dump`, `psql`, …). */
  bin: string
  /** Stops the server (fast shutdown) and removes its folder. */
  stop(): Promise<void>
}

export interface DebianPostgresOptions {
  /** The application's role, created with `password` and owning `database`. */
  user?: string
  password?: string
  database?: string
  /** The TCP port on 127.0.0.1; a free one by default. */
  port?: number
  log?: (line: string) => void
}

/**
 * The newest Debian PostgreSQL server installed (`/usr/lib/postgresql/<major>/bin`), or undefined when the
 * `postgresql` package is not.
 */
export function debianPostgresBin(root = DEBIAN_POSTGRES_ROOT): string | undefined {
  if (!fs.existsSync(root)) return undefined
  const majors = fs
    .readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && fs.existsSync(path.join(root, name, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a))
  return majors[0] && path.join(root, majors[0], 'bin')
}

/**
 * Starts Debian's PostgreSQL server as a cluster of its own in a temporary folder, on a free port of 127.0.0.1, with
 * a password-protected role owning one database: an external server as an operator would give congkhai, for tests.
 *
 * @remarks Not the system service (`pg_ctlcluster`, port 5432: the machine's, perhaps in use) and not the embedded
 * package's binaries. PostgreSQL refuses to run as root, so as root the cluster belongs to Debian's `postgres` system
 * user and every server command runs through `runuser -u postgres`; its folder is made under `os.tmpdir()` (not in
 * the checkout, which may sit in mode-700 `/root`) and given to that user. TCP connections need the password
 * (`scram-sha-256`), as on a real server; only the Unix socket, in the cluster's own folder, trusts local users, to
 * create the role and the database.
 */
export async function startDebianPostgres(opts: DebianPostgresOptions = {}): Promise<DebianPostgres> {
  const log = opts.log ?? (() => {})
  const bin = debianPostgresBin()
  if (!bin) throw new Error(`Debian's PostgreSQL server is not installed (no ${DEBIAN_POSTGRES_ROOT}/<major>/bin/postgres): apt-get install -y postgresql`)
  const user = opts.user ?? 'congkhai'
  const password = opts.password ?? crypto.randomBytes(18).toString('base64url')
  const database = opts.database ?? 'congkhai'
  const port = opts.port ?? (await freePort())
  const asRoot = process.getuid?.() === 0
  const owner = asRoot ? systemUser('postgres') : undefined

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-debian-pg-'))
  const dataDir = path.join(dir, 'data')
  const socketDir = path.join(dir, 'socket')
  fs.mkdirSync(socketDir)
  if (owner) for (const entry of [dir, socketDir]) fs.chownSync(entry, owner.uid, owner.gid)
  const server = (command: string, args: string[]) => {
    const argv = asRoot ? ['runuser', '-u', 'postgres', '--', path.join(bin, command), ...args] : [path.join(bin, command), ...args]
    const result = spawnSync(argv[0]!, argv.slice(1), { cwd: dir, encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`${command} failed (exit ${result.status ?? result.signal}): ${`${result.stderr}${result.stdout}`.trim().slice(-2000)}`)
    return result.stdout
  }
  const version = server('postgres', ['--version']).trim()
  let started = false
  const stop = async () => {
    if (started) {
      started = false
      try {
        server('pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '30'])
      } catch {
        server('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w'])
      }
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }

  try {
    log(`${version}: initdb ${dataDir}`)
    server('initdb', ['-D', dataDir, '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--auth-local=trust', '--auth-host=scram-sha-256'])
    const settings = ['-p', String(port), '-k', socketDir, '-c', 'listen_addresses=127.0.0.1']
    server('pg_ctl', ['start', '-D', dataDir, '-w', '-t', '60', '-l', path.join(dir, 'server.log'), '-o', settings.join(' ')])
    started = true
    const admin = new pg.Client({ host: socketDir, port, user: 'postgres', database: 'postgres' })
    await admin.connect()
    try {
      await admin.query(`CREATE ROLE ${admin.escapeIdentifier(user)} LOGIN PASSWORD ${admin.escapeLiteral(password)}`)
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)} OWNER ${admin.escapeIdentifier(user)} ENCODING 'UTF8'`)
    } finally {
      await admin.end()
    }
    const uri = `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`
    log(`listening on 127.0.0.1:${port}, role ${user}, database ${database}`)
    return { uri, version, bin, stop }
  } catch (err) {
    const serverLog = path.join(dir, 'server.log')
    const tail = fs.existsSync(serverLog) ? `\n${fs.readFileSync(serverLog, 'utf8').slice(-2000)}` : ''
    await stop().catch(() => {})
    throw new Error(`${(err as Error).message}${tail}`)
  }
}

/** A system account's ids, from `/etc/passwd`. */
function systemUser(name: string): { uid: number; gid: number } {
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${name}:`))
  if (!line) throw new Error(`no ${name} system user: Debian's postgresql package creates it (apt-get install -y postgresql)`)
  const [, , uid, gid] = line.split(':')
  return { uid: Number(uid), gid: Number(gid) }
}
