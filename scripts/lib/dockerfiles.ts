import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const repoRoot = path.resolve(import.meta.dirname, '../..')

/** One instruction of a Dockerfile: its keyword in upper case and the rest of its (joined) lines. */
export interface Instruction {
  keyword: string
  args: string
}

/** The instructions of a Dockerfile, continuation lines joined, comments and blank lines dropped. */
export function parseDockerfile(text: string): Instruction[] {
  const instructions: Instruction[] = []
  let pending = ''
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd()
    if (/^\s*#/.test(line) || (pending === '' && line.trim() === '')) continue
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `
      continue
    }
    const whole = (pending + line).trim()
    pending = ''
    if (whole === '') continue
    const [, keyword, args] = /^(\S+)\s*(.*)$/.exec(whole)!
    instructions.push({ keyword: keyword!.toUpperCase(), args: args! })
  }
  return instructions
}

/** A command as Docker runs it: the JSON (exec) form as it is, the shell form through `/bin/sh -c`. */
function commandOf(args: string): string[] {
  return args.startsWith('[') ? (JSON.parse(args) as string[]) : ['/bin/sh', '-c', args]
}

/** A step of an image's build as the copy-set test replays it. */
export type Step =
  | { kind: 'copy'; sources: string[]; dest: string; chown?: string }
  | { kind: 'run'; command: string[]; workdir: string; env: Record<string, string>; user: string }
  | { kind: 'workdir'; dir: string }

/** What building and running an image does, read from its Dockerfile (single stage). */
export interface ImageRecipe {
  file: string
  from: string
  steps: Step[]
  /** ENV at the end of the build: what the running container gets. */
  env: Record<string, string>
  workdir: string
  user: string
  cmd: string[]
}

/** Reads a single-stage Dockerfile into the steps the copy-set test replays; unknown instructions fail loudly. */
export function readRecipe(file: string): ImageRecipe {
  const instructions = parseDockerfile(fs.readFileSync(file, 'utf8'))
  const env: Record<string, string> = {}
  let workdir = '/'
  let user = 'root'
  let from = ''
  let cmd: string[] = []
  const steps: Step[] = []
  for (const { keyword, args } of instructions) {
    switch (keyword) {
      case 'FROM':
        if (from) throw new Error(`${file}: only single-stage Dockerfiles are understood here`)
        from = args
        break
      case 'WORKDIR':
        workdir = path.posix.resolve(workdir, args)
        steps.push({ kind: 'workdir', dir: workdir })
        break
      case 'ENV':
        for (const [, name, quoted, plain] of args.matchAll(/(\w+)=(?:"([^"]*)"|(\S*))/g)) env[name!] = quoted ?? plain!
        break
      case 'COPY': {
        const words = args.split(/\s+/)
        const flags = words.filter((w) => w.startsWith('--'))
        if (flags.some((f) => !f.startsWith('--chown='))) throw new Error(`${file}: COPY ${args}: only --chown is understood here`)
        const paths = words.filter((w) => !w.startsWith('--'))
        const dest = paths.pop()!
        steps.push({ kind: 'copy', sources: paths, dest: path.posix.resolve(workdir, dest) + (dest.endsWith('/') ? '/' : ''), chown: flags[0]?.slice('--chown='.length) })
        break
      }
      case 'RUN':
        steps.push({ kind: 'run', command: commandOf(args), workdir, env: { ...env }, user })
        break
      case 'USER':
        user = args
        break
      case 'CMD':
        cmd = commandOf(args)
        break
      case 'EXPOSE':
      case 'LABEL':
        break
      default:
        throw new Error(`${file}: ${keyword} is not understood by the copy-set test (scripts/lib/dockerfiles.ts)`)
    }
  }
  return { file, from, steps, env, workdir, user, cmd }
}

/**
 * A `.dockerignore` as a test of paths relative to the build context: true when Docker leaves the path out.
 *
 * @remarks Docker's rules: patterns are relative to the context root, `*` and `?` stay within one path segment, `**`
 * spans any number of them, a pattern that matches a folder leaves out everything in it, and a later `!pattern`
 * takes a path back in.
 */
export function dockerignore(text: string): (file: string) => boolean {
  const rules = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negate = line.startsWith('!')
      const pattern = path.posix.normalize((negate ? line.slice(1) : line).replace(/^\/+/, ''))
      const source = pattern
        .split('/')
        .map((segment) => (segment === '**' ? '.*' : segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')))
        .join('/')
        .replace(/\.\*\//g, '(?:.*/)?')
      return { negate, re: new RegExp(`^${source}(?:/.*)?$`) }
    })
  return (file) => rules.reduce((ignored, rule) => (rule.re.test(file) ? !rule.negate : ignored), false)
}

/** The build context Docker would send: the repository's tracked files (as in a fresh clone) minus `.dockerignore`. */
export function contextFiles(root = repoRoot): string[] {
  const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
  if (tracked.status !== 0) throw new Error(`git ls-files failed: ${tracked.stderr}`)
  const ignoreFile = path.join(root, '.dockerignore')
  const ignored = dockerignore(fs.existsSync(ignoreFile) ? fs.readFileSync(ignoreFile, 'utf8') : '')
  // A tracked file deleted in the working tree is not in the context either.
  return tracked.stdout.split('\0').filter((file) => file !== '' && !ignored(file) && fs.existsSync(path.join(root, file)))
}

/**
 * The context files one `COPY` takes and where each lands, as Docker copies them: a folder's contents into the
 * destination, a file into a destination folder (ending in `/`) or as the destination itself.
 */
export function copyTargets(step: Extract<Step, { kind: 'copy' }>, context: string[]): { from: string; to: string }[] {
  const targets: { from: string; to: string }[] = []
  for (const source of step.sources) {
    const src = path.posix.normalize(source).replace(/^\.\/?|\/$/g, '')
    const files = context.filter((file) => src === '' || file === src || file.startsWith(`${src}/`))
    if (files.length === 0) throw new Error(`COPY ${source}: nothing in the build context matches (not tracked, or left out by .dockerignore)`)
    for (const file of files) {
      const isDirCopy = file !== src
      const to = isDirCopy
        ? path.posix.join(step.dest, src === '' ? file : file.slice(src.length + 1))
        : step.dest.endsWith('/') || step.sources.length > 1
          ? path.posix.join(step.dest, path.posix.basename(file))
          : step.dest
      targets.push({ from: file, to })
    }
  }
  return targets
}

/** The user the image's `node` base runs as; its uid in the official Node images. */
const IMAGE_USERS = 'root:x:0:0:root:/root:/bin/sh\nnode:x:1000:1000::/home/node:/bin/sh\nnobody:x:65534:65534::/nonexistent:/usr/sbin/nologin\n'
const IMAGE_GROUPS = 'root:x:0:\nnode:x:1000:\nnogroup:x:65534:\n'

/**
 * A folder standing in for an image's file system, and the means to run commands in it as the container would.
 *
 * @remarks No Docker engine runs here. Each command runs as root in a private mount namespace (`unshare`), chrooted
 * into the folder, with the host's `/usr` read-only underneath (Debian, as the `node:24-bookworm-slim` base), the Node
 * that runs the tests as `node`, the host's npm cache at `/root/.npm`, and the image's `USER` through
 * `chroot --userspec`. So absolute paths (`/app`, `/data`), `chown node:node` and a process that must not write outside
 * its own folders behave as in the container, and nothing outside the folder changes.
 */
export class ImageRoot {
  readonly dir: string

  constructor(readonly recipe: ImageRecipe) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-image-'))
    fs.chmodSync(this.dir, 0o755)
    for (const link of ['bin', 'lib', 'lib64', 'sbin']) fs.symlinkSync(`usr/${link}`, path.join(this.dir, link))
    for (const dir of ['usr', 'proc', 'dev', 'etc/ssl', 'opt/node/bin', 'root/.npm', 'home/node', 'tmp']) fs.mkdirSync(path.join(this.dir, dir), { recursive: true })
    fs.chmodSync(path.join(this.dir, 'tmp'), 0o1777)
    fs.chownSync(path.join(this.dir, 'home/node'), 1000, 1000)
    fs.writeFileSync(path.join(this.dir, 'etc/passwd'), IMAGE_USERS)
    fs.writeFileSync(path.join(this.dir, 'etc/group'), IMAGE_GROUPS)
    for (const file of ['hosts', 'resolv.conf', 'nsswitch.conf']) if (fs.existsSync(`/etc/${file}`)) fs.copyFileSync(`/etc/${file}`, path.join(this.dir, 'etc', file))
  }

  /** Puts the context files of every COPY where the Dockerfile puts them (owned as `--chown` says). */
  copy(step: Extract<Step, { kind: 'copy' }>, context: string[]): number {
    const targets = copyTargets(step, context)
    const [uid, gid] = step.chown ? this.ids(step.chown) : [0, 0]
    for (const { from, to } of targets) {
      const dest = path.join(this.dir, to)
      fs.mkdirSync(path.dirname(dest), { recursive: true })
      fs.cpSync(path.join(repoRoot, from), dest, { preserveTimestamps: true, verbatimSymlinks: true })
      if (step.chown) fs.lchownSync(dest, uid, gid)
    }
    return targets.length
  }

  private ids(spec: string): [number, number] {
    const [user, group = user] = spec.split(':')
    const uid = (name: string, table: string) => Number(/^\d+$/.test(name) ? name : new RegExp(`^${name}:x:(\\d+):`, 'm').exec(table)![1])
    return [uid(user!, IMAGE_USERS), uid(group!, IMAGE_GROUPS)]
  }

  /** Starts `command` in the image as `user` in `workdir` with exactly `env` (plus PATH and HOME as the image has them). */
  spawn(command: string[], opts: { workdir: string; env: Record<string, string>; user: string }): ChildProcess {
    const nodeDir = path.dirname(fs.realpathSync(process.execPath))
    const npmCache = spawnSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).stdout.trim() || path.join(os.homedir(), '.npm')
    const q = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`
    const root = this.dir
    const mounts = [
      `mount --rbind /dev ${q(`${root}/dev`)}`,
      `mount -t proc proc ${q(`${root}/proc`)}`,
      `mount --bind /usr ${q(`${root}/usr`)} && mount -o remount,bind,ro ${q(`${root}/usr`)}`,
      `mount --bind /etc/ssl ${q(`${root}/etc/ssl`)} && mount -o remount,bind,ro ${q(`${root}/etc/ssl`)}`,
      `mount --bind ${q(nodeDir)} ${q(`${root}/opt/node/bin`)} && mount -o remount,bind,ro ${q(`${root}/opt/node/bin`)}`,
      `mount --bind ${q(npmCache)} ${q(`${root}/root/.npm`)}`,
    ].join(' && ')
    const home = opts.user === 'root' || opts.user === '0' ? '/root' : `/home/${opts.user}`
    // The machine's way out to the network (proxy, its certificate authority), as Docker's daemon gives its builds.
    const network = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => v && /^(https?_proxy|no_proxy|all_proxy|node_extra_ca_certs|ssl_cert_file|ssl_cert_dir)$/i.test(k))) as Record<string, string>
    const env = { PATH: '/opt/node/bin:/usr/local/bin:/usr/bin:/bin', HOME: home, ...network, ...opts.env }
    const inner = ['env', '-i', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), '/bin/sh', '-c', `cd "$0" && exec "$@"`, opts.workdir, ...command]
    const [uid, gid] = this.ids(opts.user)
    const userspec = uid === 0 ? [] : [`--userspec=${uid}:${gid}`]
    const script = `${mounts} && exec chroot ${userspec.join(' ')} ${q(root)} ${inner.map(q).join(' ')}`
    return spawn('unshare', ['--mount', '--propagation', 'private', '--', '/bin/sh', '-c', script], { stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  }

  /** Runs a command to its end; resolves with its exit code and the tail of its output. */
  run(command: string[], opts: { workdir: string; env: Record<string, string>; user: string }, onLine?: (line: string) => void): Promise<{ code: number | null; tail: string }> {
    const child = this.spawn(command, opts)
    const lines: string[] = []
    const take = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue
        lines.push(line)
        if (lines.length > 40) lines.shift()
        onLine?.(line)
      }
    }
    child.stdout!.on('data', take)
    child.stderr!.on('data', take)
    return new Promise((resolve) => child.on('close', (code) => resolve({ code, tail: lines.join('\n') })))
  }

  /** Deletes the folder (only its own files: the mounts live and die in each command's private namespace). */
  remove(): Promise<void> {
    return fs.promises.rm(this.dir, { recursive: true, force: true })
  }
}

/** Ends a process started by `ImageRoot.spawn` and everything it started (its own process group). */
export async function stopGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const closed = new Promise((resolve) => child.on('close', resolve))
  try {
    process.kill(-child.pid!, 'SIGTERM')
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }, graceMs)
  await closed
  clearTimeout(timer)
}
