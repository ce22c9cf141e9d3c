import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const repoRoot = path.resolve(import.meta.dirname, '../..')
/** The production server block, as documented for deployments. */
export const NGINX_CONF = path.join(repoRoot, 'deploy/nginx/congkhai.conf')
/** The private server block that gives the site servers the CMS replicas as one address. */
export const NGINX_CMS_INTERNAL_CONF = path.join(repoRoot, 'deploy/nginx/congkhai-cms-internal.conf')

/** Replaces `from` by `to`, insisting it occurs exactly once: a drifted config must fail loudly, not half-apply. */
function replaceOnce(text: string, from: string, to: string, file = 'congkhai.conf'): string {
  const count = text.split(from).length - 1
  if (count !== 1) throw new Error(`deploy/nginx/${file}: expected "${from}" once, found it ${count} times`)
  return text.replace(from, to)
}

/**
 * The documented server block pointed at a builds folder, site servers and CMS replicas on loopback: the EDIT values
 * and the paths of the included snippets (`deploy/nginx/congkhai-*.conf`) are the only changes; `upstreamPorts` and
 * `cmsPorts` list further replicas as the commented lines of the upstream blocks show. With `cmsInternalPort`, the
 * private block of `congkhai-cms-internal.conf` follows, listening there: the CMS replicas as one address.
 */
export function productionServerBlock(opts: { port: number; buildsDir: string; upstreamPort: number; cmsPort?: number; upstreamPorts?: number[]; cmsPorts?: number[]; cmsInternalPort?: number }): string {
  let conf = fs.readFileSync(NGINX_CONF, 'utf8')
  const servers = (ports: number[]) => ports.map((port) => `server 127.0.0.1:${port} max_fails=2 fail_timeout=10s;`).join('\n    ')
  conf = replaceOnce(conf, 'server 127.0.0.1:4321 max_fails=2 fail_timeout=10s;', servers([opts.upstreamPort, ...(opts.upstreamPorts ?? [])]))
  conf = replaceOnce(conf, 'server 127.0.0.1:3000 max_fails=2 fail_timeout=10s;', servers([opts.cmsPort ?? 3000, ...(opts.cmsPorts ?? [])]))
  conf = replaceOnce(conf, 'listen 80;', `listen 127.0.0.1:${opts.port};`)
  conf = replaceOnce(conf, 'root /srv/congkhai/builds/current/client;', `root ${path.join(opts.buildsDir, 'current/client')};`)
  if (opts.cmsInternalPort) {
    const internal = fs.readFileSync(NGINX_CMS_INTERNAL_CONF, 'utf8')
    conf += `\n${replaceOnce(internal, 'listen 127.0.0.1:3080;', `listen 127.0.0.1:${opts.cmsInternalPort};`, 'congkhai-cms-internal.conf')}`
  }
  return conf.replace(/\/etc\/nginx\/(congkhai-[a-z-]+\.conf)/g, (_, file: string) => path.join(repoRoot, 'deploy/nginx', file))
}

/** The plainest nginx serving the same files, as the yardstick for the production path. */
export function plainServerBlock(opts: { port: number; root: string }): string {
  return `server {\n    listen 127.0.0.1:${opts.port};\n    root ${opts.root};\n    location / { try_files $uri $uri/index.html =404; }\n}\n`
}

/** A running nginx; `stop()` ends it (by its process id) and removes its folder. */
export interface RunningNginx {
  url: string
  /** The master process; its workers are its children. */
  pid: number
  stop(): Promise<void>
}

/** Debian's nginx binary; throws a clear error when it is not installed. */
function nginxBinary(): string {
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p))
  if (!nginx) throw new Error('nginx is not installed (Debian: apt-get install -y nginx; .ci/run does it)')
  return nginx
}

/** A main configuration around `serverBlock` whose prefix, pid, logs and temp folders are all in `dir`. */
function mainConfig(dir: string, serverBlock: string, workers: number | 'auto' = 1): string {
  const temp = (name: string) => `${name} ${path.join(dir, name.replace(/_path$/, ''))};`
  return [
    'daemon off;',
    // Run as root, nginx would start its workers as `nobody`, who may not read a build inside a home folder.
    process.getuid?.() === 0 ? 'user root;' : '',
    `worker_processes ${workers};`,
    `pid ${path.join(dir, 'nginx.pid')};`,
    `error_log ${path.join(dir, 'error.log')} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    sendfile on;',
    '    access_log off;',
    `    ${temp('client_body_temp_path')} ${temp('proxy_temp_path')} ${temp('fastcgi_temp_path')} ${temp('uwsgi_temp_path')} ${temp('scgi_temp_path')}`,
    serverBlock,
    '}',
  ].join('\n')
}

/** Runs `nginx -t` on a server block inside a throwaway main configuration and returns its verdict. */
export function testNginxConfig(serverBlock: string): { ok: boolean; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-nginx-t-'))
  try {
    const confFile = path.join(dir, 'nginx.conf')
    fs.writeFileSync(confFile, mainConfig(dir, serverBlock))
    const result = spawnSync(nginxBinary(), ['-t', '-p', dir, '-c', confFile, '-e', path.join(dir, 'error.log')], { encoding: 'utf8' })
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** The server block the nginx service of docker-compose.yml runs: `deploy/nginx/compose.sh` applied to the documented file. */
export function composeServerBlock(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-compose-'))
  try {
    const out = path.join(dir, 'default.conf')
    const result = spawnSync('sh', [path.join(repoRoot, 'deploy/nginx/compose.sh'), NGINX_CONF, out], { encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`deploy/nginx/compose.sh failed: ${result.stderr.trim()}`)
    return fs.readFileSync(out, 'utf8')
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Runs Debian's nginx in the foreground with its own prefix, pid, logs and temp folders in a fresh temp folder, so it
 * needs no root and touches nothing in /etc or /var.
 */
export async function startNginx(serverBlock: string, port: number, opts: { workers?: number | 'auto' } = {}): Promise<RunningNginx> {
  const nginx = nginxBinary()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-nginx-'))
  const confFile = path.join(dir, 'nginx.conf')
  fs.writeFileSync(confFile, mainConfig(dir, serverBlock, opts.workers))
  const child: ChildProcess = spawn(nginx, ['-p', dir, '-c', confFile, '-e', path.join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr.trim()}`)
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) })
      break
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${url}: ${stderr.trim()}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return {
    url,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null) {
        // SIGQUIT: nginx's graceful stop, for the master and its workers.
        child.kill('SIGQUIT')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
        await exited
        clearTimeout(timer)
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
