/**
 * `npm start` with no configuration at all, as a newcomer runs it: feedback accepted before and after a full rebuild
 * and a restart all reaches the CMS, under distinct codes (issue 18, hole 0).
 *
 * @remarks Runs in a fresh copy of the repository in a temporary folder (the files git knows, as they are in the working
 * tree; `node_modules` and a current CMS build hard-linked), so the developer's own `.data` is never touched, and on
 * the default ports, which must be free. Before the fix each build had its own outbox in `<build>/.data`, numbered
 * from `GY-<year>-000001`: the second submission got the first one's code, the CMS refused it and the site retried
 * it for ever.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { isTrackingCode } from '@congkhai/contracts/tracking-code'

const repo = path.resolve(import.meta.dirname, '..')
const SITE = 'http://localhost:4321'
const CMS = 'http://localhost:3000'
const DEFAULT_PORTS = [3000, 4321, 54329]

/** True when something already listens on the port (on loopback, IPv4 or IPv6). */
function inUse(port: number): Promise<boolean> {
  const attempt = (host: string) =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect({ port, host })
      socket.once('connect', () => (socket.destroy(), resolve(true)))
      socket.once('error', () => resolve(false))
      socket.setTimeout(1000, () => (socket.destroy(), resolve(false)))
    })
  return Promise.all([attempt('127.0.0.1'), attempt('::1')]).then((r) => r.some(Boolean))
}

/** A copy of the repository as the working tree has it: tracked and new files, node_modules and `cms/.next` hard-linked. */
function copyRepository(): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-noconfig-'))
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8' })
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`)
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const from = path.join(repo, file)
    if (!fs.existsSync(from) || fs.lstatSync(from).isDirectory()) continue
    fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true })
    fs.cpSync(from, path.join(copy, file), { verbatimSymlinks: true })
  }
  // Workspace links in node_modules are relative, so in the copy they point inside the copy.
  for (const dir of ['node_modules', 'cms/node_modules', 'site/node_modules', 'search/node_modules']) {
    if (fs.existsSync(path.join(repo, dir))) execOrThrow('cp', ['-al', path.join(repo, dir), path.join(copy, dir)])
  }
  // A current CMS build is reused (its fingerprint matches the copied sources), so the test builds no Next.js. What a
  // running server may write to is copied for real, so the original build's files are never changed through a link.
  if (fs.existsSync(path.join(repo, 'cms/.next/BUILD_ID'))) {
    execOrThrow('cp', ['-al', path.join(repo, 'cms/.next'), path.join(copy, 'cms/.next')])
    for (const writable of ['cache', 'trace']) {
      const target = path.join(copy, 'cms/.next', writable)
      if (!fs.existsSync(target)) continue
      fs.rmSync(target, { recursive: true, force: true })
      fs.cpSync(path.join(repo, 'cms/.next', writable), target, { recursive: true })
    }
  }
  return copy
}

function execOrThrow(command: string, args: string[]): void {
  const done = spawnSync(command, args, { encoding: 'utf8' })
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${done.stderr}`)
}

/**
 * Only what a shell needs: no DATA_DIR, no ports, no keys, nothing of congkhai's settings.
 *
 * @remarks Nor NODE_ENV, which Next.js's types (loaded with Payload's) declare on every `process.env`, hence the cast.
 */
const bareEnv = () => ({ PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', TMPDIR: os.tmpdir() }) as unknown as NodeJS.ProcessEnv

class Stack {
  private child?: ChildProcess
  private exited?: Promise<void>
  constructor(
    private readonly dir: string,
    private readonly logFile: string,
  ) {}

  async start(): Promise<void> {
    // Only what this start writes counts: the log file is shared with the previous start.
    const from = fs.existsSync(this.logFile) ? fs.statSync(this.logFile).size : 0
    const log = fs.openSync(this.logFile, 'a')
    // Its own process group, so stopping it reaches npm, the start script and the servers it started.
    this.child = spawn('npm', ['start'], { cwd: this.dir, env: bareEnv(), detached: true, stdio: ['ignore', log, log] })
    this.exited = new Promise((resolve) => this.child!.once('exit', () => resolve()))
    fs.closeSync(log)
    const until = Date.now() + 20 * 60_000
    for (;;) {
      if (this.child.exitCode !== null) throw new Error(`npm start exited (${this.child.exitCode}):\n${this.tail()}`)
      if (Date.now() > until) throw new Error(`npm start was not ready within 20 minutes:\n${this.tail()}`)
      if (fs.readFileSync(this.logFile).subarray(from).toString('utf8').includes('congkhai is running')) return
      await new Promise((r) => setTimeout(r, 2000))
    }
  }

  async stop(): Promise<void> {
    if (!this.child?.pid || this.child.exitCode !== null) return
    process.kill(-this.child.pid, 'SIGTERM')
    const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 60_000))
    if ((await Promise.race([this.exited, timeout])) === 'timeout') {
      process.kill(-this.child.pid, 'SIGKILL')
      await this.exited
    }
    // The servers of the group stop with it; wait until the ports are free again.
    const until = Date.now() + 60_000
    while (Date.now() < until && (await Promise.all(DEFAULT_PORTS.map(inUse))).some(Boolean)) await new Promise((r) => setTimeout(r, 500))
  }

  tail(lines = 60): string {
    return fs.readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n')
  }
}

/** Sends one complete submission as a browser would, after the form's minimum fill time (3 s by default). */
async function submit(title: string): Promise<string> {
  const html = await (await fetch(`${SITE}/gop-y`)).text()
  const formToken = /name="formToken" value="([^"]+)"/.exec(html)?.[1]
  expect(formToken, 'the form carries a token').toBeTruthy()
  await new Promise((r) => setTimeout(r, 3500))
  const res = await fetch(`${SITE}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', origin: SITE },
    body: JSON.stringify({ kind: 'gop-y', name: 'Người Thử', email: 'nguoi-thu@example.vn', title, content: `Nội dung góp ý đủ dài để hợp lệ: ${title}.`, consent: true, formToken }),
  })
  expect(res.status, await res.clone().text()).toBe(201)
  return ((await res.json()) as { code: string }).code
}

/** True once the CMS has the submission (the look-up then shows its status from the CMS, not "waiting in the outbox"). */
async function inCms(code: string): Promise<boolean> {
  const res = await fetch(`${SITE}/tra-cuu-gop-y?ma=${code}`)
  return res.status === 200 && (await res.text()).includes('Mới tiếp nhận')
}

type SiteStatus = { state: string; lastSuccessAt?: string; health: { build: { id: string } | null }; feedback?: { pending: number; parked: unknown[] } }
const siteStatus = async () => (await (await fetch(`${SITE}/_internal/status`)).json()) as SiteStatus

test('npm start with no configuration: feedback before and after a full rebuild and a restart all lands in the CMS, under distinct codes', async () => {
  test.setTimeout(60 * 60_000)
  const busy = []
  for (const port of DEFAULT_PORTS) if (await inUse(port)) busy.push(port)
  expect(busy, `the default ports ${DEFAULT_PORTS.join(', ')} must be free for this test (stop any \`npm start\`); in use: ${busy.join(', ')}`).toEqual([])

  const copy = copyRepository()
  const stack = new Stack(copy, path.join(copy, 'npm-start.log'))
  try {
    await stack.start()
    expect((await fetch(`${CMS}/api/health`)).ok).toBe(true)
    const codes = [await submit('Góp ý thứ nhất, trước khi xây dựng lại')]
    await expect.poll(() => inCms(codes[0]!), { timeout: 60_000 }).toBe(true)

    // A full rebuild, as the CMS asks for one: signed with this installation's publish secret.
    const secret = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', "const { siteConfig } = await import('@congkhai/site/config'); process.stdout.write(siteConfig.PUBLISH_SECRET)"], { cwd: copy, env: bareEnv(), encoding: 'utf8' })
    expect(secret.status, secret.stderr).toBe(0)
    const before = await siteStatus()
    const queued = await fetch(`${SITE}/_internal/publish`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-publish-secret': secret.stdout }, body: JSON.stringify({ full: true }) })
    expect(queued.status).toBe(202)
    await expect.poll(async () => {
      const s = await siteStatus()
      return s.state === 'idle' && s.lastSuccessAt !== before.lastSuccessAt && s.health.build?.id !== before.health.build?.id
    }, { timeout: 15 * 60_000, intervals: [2000] }).toBe(true)

    codes.push(await submit('Góp ý thứ hai, sau khi xây dựng lại'))
    await expect.poll(() => inCms(codes[1]!), { timeout: 60_000 }).toBe(true)

    await stack.stop()
    await stack.start()
    codes.push(await submit('Góp ý thứ ba, sau khi khởi động lại'))
    for (const code of codes) await expect.poll(() => inCms(code), { timeout: 60_000, message: `${code} reached the CMS` }).toBe(true)

    expect(new Set(codes).size).toBe(3)
    for (const code of codes) expect(isTrackingCode(code), code).toBe(true)
    expect((await siteStatus()).feedback).toEqual({ pending: 0, parked: [] })
    // One outbox, in the one data folder; none inside a build.
    expect(fs.existsSync(path.join(copy, '.data/feedback-outbox/journal.jsonl'))).toBe(true)
    const builds = path.join(copy, 'site/.builds')
    for (const build of fs.readdirSync(builds)) expect(fs.existsSync(path.join(builds, build, '.data')), `${build} has no .data`).toBe(false)
  } catch (err) {
    console.log(`npm start log (${copy}):\n${stack.tail()}`)
    throw err
  } finally {
    await stack.stop()
  }
  fs.rmSync(copy, { recursive: true, force: true })
})
