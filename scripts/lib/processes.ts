import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import readline from 'node:readline'

/** Prints child output line by line with a `[name]` prefix, so interleaved services stay readable. */
function pipeWithPrefix(child: ChildProcess, name: string, filter?: (line: string) => boolean): void {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue
    readline.createInterface({ input: stream }).on('line', (line) => {
      if (!filter || filter(line)) console.log(line.startsWith('[') ? line : `[${name}] ${line}`)
    })
  }
}

interface RunOptions {
  cwd?: string
  env?: Record<string, string | undefined>
  /** Only lines for which this is true are printed. */
  filter?: (line: string) => boolean
}

/** Runs a command to completion, printing its output; rejects when it exits non-zero. */
export function run(name: string, command: string, args: string[], opts: RunOptions = {}): Promise<void> {
  const child = spawn(command, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] })
  pipeWithPrefix(child, name, opts.filter)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${name} failed (exit ${code})`))))
  })
}

/** Starts a long-running service; `exited` settles when it stops for any reason. */
export function startService(name: string, command: string, args: string[], opts: RunOptions = {}): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(command, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] })
  pipeWithPrefix(child, name, opts.filter)
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, exited }
}

/** Stops a service with SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
export async function stopService(service: { child: ChildProcess; exited: Promise<number | null> }, graceMs = 10_000): Promise<void> {
  if (service.child.exitCode !== null || service.child.signalCode !== null) return
  service.child.kill('SIGTERM')
  const timer = setTimeout(() => service.child.kill('SIGKILL'), graceMs)
  await service.exited
  clearTimeout(timer)
}

/** Polls `url` until `ready(response)` holds; rejects after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number, ready: (res: Response) => Promise<boolean> | boolean = (res) => res.ok): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (await ready(res)) return
      last = `HTTP ${res.status}`
    } catch (err) {
      last = (err as Error).message
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} not ready after ${timeoutMs / 1000} s (${last})`)
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/** Whether something accepts connections on this loopback port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

/**
 * The environment of a whole system (`scripts/start.ts`) of its own on loopback: data, database, index and builds in
 * `dataDir`, the CMS, the site and PostgreSQL on the given ports. Benchmarks start their stacks with it.
 */
export function stackEnv(dataDir: string, ports: { cms: number; site: number; postgres: number }): Record<string, string> {
  const site = `http://127.0.0.1:${ports.site}`
  return {
    DATA_DIR: dataDir,
    POSTGRES_PORT: String(ports.postgres),
    CMS_PORT: String(ports.cms),
    CMS_URL: `http://127.0.0.1:${ports.cms}`,
    SITE_PORT: String(ports.site),
    SITE_HOST: '127.0.0.1',
    SITE_URL: site,
    PUBLISH_WEBHOOK_URL: `${site}/_internal/publish`,
    BUILDS_DIR: path.join(dataDir, 'site-builds'),
    SEARCH_SNAPSHOT_PATH: path.join(dataDir, 'search/index.json'),
  }
}
