/**
 * Issue 18, hole 7: `kill -9` of the CMS under `npm start` stopped the site within half a second and nothing came back.
 * A whole system of its own (scripts/start.ts on free ports, data in a temp folder) loses its CMS the same way here.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, expect, it, onTestFailed } from 'vitest'
import { buildAll } from './lib/build'
import { freePort, stackEnv, waitForHttp } from './lib/processes'
import { isAlive as alive, processTree, stopStack } from './lib/processTree'

const repoRoot = path.resolve(import.meta.dirname, '..')
// Inside the repository, as the benchmarks' stacks: a site build outside it cannot resolve its packages.
fs.mkdirSync(path.join(repoRoot, '.data'), { recursive: true })
const dataDir = fs.mkdtempSync(path.join(repoRoot, '.data', 'crash-'))
const cmdline = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')
  } catch {
    return ''
  }
}

let stack: { pid: number; exited: Promise<number | null> } | undefined
afterAll(async () => {
  // A failed test must not leave the stack running.
  await stopStack(stack)
  fs.rmSync(dataDir, { recursive: true, force: true })
}, 60_000)

it('a crashed CMS leaves the site serving pages and taking feedback into its outbox; a crashed site server comes back serving its live build; each crash is logged; Ctrl-C still stops everything', async () => {
  const [cms, site, postgres] = [await freePort(), await freePort(), await freePort()]
  const env: NodeJS.ProcessEnv = { ...process.env, ...stackEnv(dataDir, { cms, site, postgres }), FEEDBACK_MIN_FILL_SECONDS: '1' }
  // The integration tests' own database, outbox and mail log (vitest.globalSetup.ts) are not this stack's.
  for (const name of ['DATABASE_URI', 'FEEDBACK_OUTBOX_DIR', 'MAIL_LOG_PATH']) delete env[name]
  // As `npm start` does: build what is stale, then the compiled supervisor, which starts only compiled entry points.
  await buildAll(repoRoot, { ifStale: true, log: (line) => console.log(`[build] ${line}`) })
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist/scripts/start.mjs')], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
  stack = { pid: child.pid!, exited: new Promise((resolve) => child.on('exit', resolve)) }
  let log = ''
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
  onTestFailed(() => console.log(log.split('\n').filter((line) => /\[start\]|feedback|rror/.test(line)).slice(-60).join('\n')))
  const siteUrl = `http://127.0.0.1:${site}`
  const cmsUrl = `http://127.0.0.1:${cms}`
  // A stack that could not start fails the test at once, with its log, instead of after the wait.
  await Promise.race([
    waitForHttp(`${siteUrl}/_internal/status`, 20 * 60_000),
    stack.exited.then((code) => Promise.reject(new Error(`dist/scripts/start.mjs exited (${code}) before the site was up`))),
  ])

  // The CMS is the child of start.mjs that runs dist/cms/server.mjs (Next.js in that process).
  const cmsPid = processTree(stack.pid).find((pid) => /dist\/cms\/server\.mjs/.test(cmdline(pid)))
  expect(cmsPid, `the CMS among ${processTree(stack.pid).map(cmdline).join(' | ')}`).toBeTruthy()
  // Compiled all the way down: no process of the tree runs the tsx loader (issue 19).
  expect(processTree(stack.pid).map(cmdline).filter((line) => /tsx/.test(line))).toEqual([])
  const beforeCrash = processTree(stack.pid)
  process.kill(cmsPid!, 'SIGKILL')
  const killedCmsAt = Date.now()
  await new Promise((resolve) => setTimeout(resolve, 500))
  await expect(fetch(`${cmsUrl}/api/health`)).rejects.toThrow()

  // The site still serves, well past the half second it used to last.
  for (let i = 0; i < 4; i++) {
    const home = await fetch(`${siteUrl}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain('<html lang="vi"')
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  expect(alive(stack.pid)).toBe(true)

  // And takes feedback while the CMS is gone: accepted into the outbox, to be delivered once it is back.
  const form = await (await fetch(`${siteUrl}/gop-y`)).text()
  const formToken = /name="formToken" value="([^"]+)"/.exec(form)?.[1]
  expect(formToken).toBeTruthy()
  await new Promise((resolve) => setTimeout(resolve, 1100))
  const title = `Góp ý gửi khi CMS ngừng ${Date.now()}`
  const res = await fetch(`${siteUrl}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', origin: siteUrl },
    body: JSON.stringify({ kind: 'gop-y', name: 'Trần Văn An', email: 'an@example.vn', title, content: 'Nội dung góp ý được gửi trong lúc hệ thống quản trị ngừng hoạt động.', consent: true, formToken }),
  })
  expect(res.status).toBe(201)
  const { code } = (await res.json()) as { code: string }
  const journal = () => fs.readFileSync(path.join(dataDir, 'feedback-outbox', 'journal.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { t: string; id?: string; submissionId?: string; code?: string })
  const record = journal().find((line) => line.t === 'rec' && line.code === code)
  expect(record, 'the submission is in the outbox journal').toBeTruthy()

  // start.ts said so, loudly: which service, how it ended, what still runs.
  expect(log).toMatch(new RegExp(`SERVICE CRASHED: the CMS \\(${cmsUrl.replace(/[.:/]/g, '\\$&')}\\) \\(cms, pid ${cmsPid}\\) exited on signal SIGKILL`))
  expect(log).toMatch(/still running: the public site \(http:\/\/127\.0\.0\.1:\d+\), PostgreSQL/)
  expect(log).toMatch(/restarting cms in \d+ s/)
  // It comes back on its own and the feedback kept in the outbox reaches it.
  await waitForHttp(`${cmsUrl}/api/health`, 5 * 60_000)
  console.log(`[figures] the CMS answered again ${((Date.now() - killedCmsAt) / 1000).toFixed(1)} s after kill -9`)
  await expect.poll(() => journal().some((line) => line.t === 'ack' && line.id === record!.submissionId) || !journal().some((line) => line.submissionId === record!.submissionId), { timeout: 120_000, interval: 1000 }).toBe(true)

  // kill -9 of the site server: restarted the same way, serving its live build again without rebuilding it.
  const sitePid = processTree(stack.pid).find((pid) => /dist\/site\/host\.mjs/.test(cmdline(pid)))
  expect(sitePid, `the site among ${processTree(stack.pid).map(cmdline).join(' | ')}`).toBeTruthy()
  const beforeSiteCrash = processTree(stack.pid)
  process.kill(sitePid!, 'SIGKILL')
  const killedSiteAt = Date.now()
  await expect.poll(async () => (await fetch(`${siteUrl}/`).catch(() => undefined))?.status, { timeout: 5 * 60_000, interval: 250 }).toBe(200)
  console.log(`[figures] the site served / again ${((Date.now() - killedSiteAt) / 1000).toFixed(1)} s after kill -9`)
  expect(log).toMatch(new RegExp(`SERVICE CRASHED: the public site .*\\(site, pid ${sitePid}\\) exited on signal SIGKILL`))
  expect(alive(stack.pid)).toBe(true)

  // Ctrl-C (SIGTERM here) still stops everything, PostgreSQL last, and leaves no process behind.
  const tree = [...new Set([...beforeCrash, ...beforeSiteCrash, ...processTree(stack.pid)])].filter((pid) => pid !== cmsPid && pid !== sitePid)
  process.kill(stack.pid, 'SIGTERM')
  expect(await stack.exited).toBe(0)
  await expect.poll(() => tree.filter(alive).map(cmdline), { timeout: 15_000 }).toEqual([])
  const stopping = log.slice(log.lastIndexOf('stopping'))
  expect(stopping).toContain('stopped')
}, 30 * 60_000)
