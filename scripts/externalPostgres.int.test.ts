/**
 * Issue 23, "External PostgreSQL for real": the whole system on Debian's PostgreSQL server, given through
 * `DATABASE_URI` only, as an operator with a server of their own would run it. `npm run migrate`, `npm run seed`,
 * `npm start` (no embedded server), the admin login, a legal document published to the site and its search, feedback
 * from the site landing in the CMS, then `npm run backup` and `npm run restore` bringing back a deleted document.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { installationSecrets } from '@congkhai/contracts/installation-secrets'
import pg from 'pg'
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest'
import { buildAll } from './lib/build'
import { startDebianPostgres, type DebianPostgres } from './lib/debianPostgres'
import { freePort, stackEnv, waitForHttp } from './lib/processes'
import { processTree, stopStack } from './lib/processTree'

const repoRoot = path.resolve(import.meta.dirname, '..')
// Inside the repository, as the other stacks' tests: a site build outside it cannot resolve its packages.
fs.mkdirSync(path.join(repoRoot, '.data'), { recursive: true })
const dataDir = fs.mkdtempSync(path.join(repoRoot, '.data', 'external-pg-'))
const timings: string[] = []
let server: DebianPostgres | undefined
let stack: { pid: number; exited: Promise<number | null> } | undefined
let env: NodeJS.ProcessEnv = process.env
let output = ''

/** Runs an `npm run` command of the README against the stack's environment; its exit code and output. */
async function npmRun(args: string[]): Promise<{ code: number | null; output: string }> {
  const started = Date.now()
  const child = spawn('npm', ['run', '--silent', ...args], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let text = ''
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  timings.push(`npm run ${args[0]}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  output += `\n$ npm run ${args.join(' ')}\n${text}`
  return { code, output: text }
}

/** Starts the stack as `npm start` does (`dist/scripts/start.mjs`, built beforehand), and waits for its first publish. */
async function startStack(siteUrl: string): Promise<void> {
  const started = Date.now()
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist/scripts/start.mjs')], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
  stack = { pid: child.pid!, exited: new Promise((resolve) => child.on('exit', resolve)) }
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = stack.exited.then((code) => Promise.reject(new Error(`dist/scripts/start.mjs exited (${code}) before the site was up`)))
  await Promise.race([waitForHttp(`${siteUrl}/_internal/status`, 20 * 60_000), exited])
  await published(siteUrl)
  timings.push(`npm start, until the site's first build was live: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/** Waits until the site server has published every change the CMS reported to it. */
async function published(siteUrl: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const s = (await (await fetch(`${siteUrl}/_internal/status`)).json()) as { state: string; received: number; published: number; lastSuccessAt?: string }
        return s.state === 'idle' && Boolean(s.lastSuccessAt) && s.published >= s.received
      },
      { timeout: 10 * 60_000, interval: 1000 },
    )
    .toBe(true)
}

/** The ids of `/api/search`'s hits for a query, as the site's search page gets them. */
async function searchIds(siteUrl: string, q: string): Promise<string[]> {
  const res = await fetch(`${siteUrl}/api/search?q=${encodeURIComponent(q)}&locale=vi&limit=20`)
  expect(res.status).toBe(200)
  return ((await res.json()) as { hits: { id: string }[] }).hits.map((hit) => hit.id)
}

/** A page of the admin, signed in through its login form as a person would. */
async function signIn(browser: Browser, cmsUrl: string, user: { email: string; password: string }): Promise<Page> {
  const page = await browser.newPage({ locale: 'vi-VN' })
  await page.goto(`${cmsUrl}/admin/login`)
  await page.getByLabel(/email/i).fill(user.email)
  await page.getByLabel(/mật khẩu/i).fill(user.password)
  await page.getByRole('button', { name: /đăng nhập/i }).click()
  await page.waitForURL(`${cmsUrl}/admin`, { timeout: 60_000 })
  return page
}

beforeAll(async () => {
  server = await startDebianPostgres({ log: (line) => console.log(`[debian-postgres] ${line}`) })
  // As `npm start` does: build what is stale, then run the compiled supervisor.
  await buildAll(repoRoot, { ifStale: true, log: (line) => console.log(`[build] ${line}`) })
}, 30 * 60_000)

afterAll(async () => {
  await stopStack(stack)
  await server?.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
  console.log(`[figures] ${server?.version ?? 'Debian PostgreSQL'}:\n  ${timings.join('\n  ')}`)
}, 120_000)

it('on an external PostgreSQL given by DATABASE_URI: migrate, seed, npm start without the embedded server, admin login, publish to the site and search, feedback into the CMS, backup and restore', async () => {
  onTestFailed(() => console.log(output.split('\n').slice(-120).join('\n')))
  const [cms, site, postgres] = [await freePort(), await freePort(), await freePort()]
  env = { ...process.env, ...stackEnv(dataDir, { cms, site, postgres }), DATABASE_URI: server!.uri, FEEDBACK_MIN_FILL_SECONDS: '1' }
  // The integration tests' own outbox and mail log (vitest.globalSetup.ts) are not this stack's.
  for (const name of ['FEEDBACK_OUTBOX_DIR', 'MAIL_LOG_PATH']) delete env[name]
  const siteUrl = `http://127.0.0.1:${site}`
  const cmsUrl = `http://127.0.0.1:${cms}`
  const db = new pg.Client({ connectionString: server!.uri })
  await db.connect()
  const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]!.n)

  // The README's commands, in order, against the external server.
  const migrated = await npmRun(['migrate'])
  expect(migrated.code, migrated.output).toBe(0)
  expect(migrated.output).toMatch(/database up to date/)
  expect(await count('SELECT count(*) AS n FROM payload_migrations WHERE batch >= 0')).toBeGreaterThan(0)
  const seeded = await npmRun(['seed'])
  expect(seeded.code, seeded.output).toBe(0)
  expect(await count('SELECT count(*) AS n FROM "legal_documents"')).toBeGreaterThan(0)

  await startStack(siteUrl)
  // The embedded server was neither started nor given a folder: PostgreSQL is the external one only.
  expect(output).not.toMatch(/starting embedded PostgreSQL/)
  expect(output).toMatch(/seed: .*already present/)
  expect(fs.existsSync(path.join(dataDir, 'postgres'))).toBe(false)
  const cmdline = (pid: number) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')
  expect(processTree(stack!.pid).map(cmdline).filter((line) => /postgres/.test(line) && !/node/.test(line))).toEqual([])
  const { ADMIN_PASSWORD } = installationSecrets(dataDir)
  const admin = { email: 'admin@congkhai.local', password: ADMIN_PASSWORD }

  // The administrator signs in to the admin in a browser.
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const page = await signIn(browser, cmsUrl, admin)

    const login = await fetch(`${cmsUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
    expect(login.status).toBe(200)
    const headers = { authorization: `JWT ${((await login.json()) as { token: string }).token}`, 'content-type': 'application/json' }

    // A legal document published in the CMS appears on the site and in its search.
    const tag = `NGOAI${Date.now() % 100000}`
    const title = `Quyết định ban hành quy chế quản lý đoàn ra ${tag}`
    const created = await fetch(`${cmsUrl}/api/legal-documents`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ number: `${Date.now() % 1000}/2026/QĐ-SNgV`, title, documentType: 'quyet-dinh', validity: 'con-hieu-luc', issuer: 'Sở Ngoại vụ', issuedDate: '2026-11-25', _status: 'published' }),
    })
    expect(created.status).toBe(201)
    const doc = ((await created.json()) as { doc: { id: number; slug: string } }).doc
    await published(siteUrl)
    const pageUrl = `${siteUrl}/van-ban/${doc.slug}`
    const shown = await fetch(pageUrl)
    expect(shown.status).toBe(200)
    expect(await shown.text()).toContain(title)
    expect(await searchIds(siteUrl, tag)).toEqual([`legal-document:vi:${doc.id}`])

    // Feedback sent from the site lands in the CMS.
    const form = await (await fetch(`${siteUrl}/gop-y`)).text()
    const formToken = /name="formToken" value="([^"]+)"/.exec(form)?.[1]
    expect(formToken).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const feedbackTitle = `Góp ý về thủ tục cấp hộ chiếu ${tag}`
    const sent = await fetch(`${siteUrl}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', origin: siteUrl },
      body: JSON.stringify({ kind: 'gop-y', name: 'Trần Văn An', email: 'an@example.vn', title: feedbackTitle, content: 'Đề nghị công khai thêm thời hạn giải quyết hồ sơ trên trang thông tin.', consent: true, formToken }),
    })
    expect(sent.status).toBe(201)
    const { code } = (await sent.json()) as { code: string }
    const stored = async () => ((await (await fetch(`${cmsUrl}/api/feedback?where[code][equals]=${code}&depth=0`, { headers })).json()) as { docs: { title: string }[] }).docs
    await expect.poll(async () => (await stored()).map((d) => d.title), { timeout: 120_000, interval: 1000 }).toEqual([feedbackTitle])
    await page.goto(`${cmsUrl}/admin/collections/feedback?where[code][equals]=${code}`)
    await page.getByText(feedbackTitle).first().waitFor({ timeout: 60_000 })

    // A backup while the CMS runs; the document deleted afterwards is gone from the site and its search.
    const backupFile = path.join(dataDir, 'backups', 'before-delete.tar.gz')
    const backedUp = await npmRun(['backup', '--', '--out', backupFile])
    expect(backedUp.code, backedUp.output).toBe(0)
    expect(fs.existsSync(backupFile)).toBe(true)
    expect((await fetch(`${cmsUrl}/api/legal-documents/${doc.id}`, { method: 'DELETE', headers })).status).toBe(200)
    await published(siteUrl)
    expect((await fetch(pageUrl)).status).toBe(404)
    expect(await searchIds(siteUrl, tag)).toEqual([])

    // Stopped as Ctrl-C would: the external server keeps running (its lifecycle is not ours).
    process.kill(stack!.pid, 'SIGTERM')
    expect(await stack!.exited).toBe(0)
    expect(await count(`SELECT count(*) AS n FROM "legal_documents" WHERE id = ${doc.id}`)).toBe(0)

    // Restore refuses to overwrite content unless told to, then brings the database back as it was at the backup.
    await db.end()
    const refused = await npmRun(['restore', '--', backupFile])
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(/Không khôi phục: cơ sở dữ liệu đang có nội dung.*--force/)
    const restored = await npmRun(['restore', '--', backupFile, '--force'])
    expect(restored.code, restored.output).toBe(0)
    expect(restored.output).toMatch(/Đã khôi phục/)

    // npm start again: the site rebuilds from the restored database; the document is back on it and in search.
    await startStack(siteUrl)
    const back = await fetch(pageUrl)
    expect(back.status).toBe(200)
    expect(await back.text()).toContain(title)
    expect(await searchIds(siteUrl, tag)).toEqual([`legal-document:vi:${doc.id}`])
    // The administrator signs in again (the restored users table) and finds the feedback and the document in the admin.
    const again = await signIn(browser, cmsUrl, admin)
    await again.goto(`${cmsUrl}/admin/collections/feedback?where[code][equals]=${code}`)
    await again.getByText(feedbackTitle).first().waitFor({ timeout: 60_000 })
    await again.goto(`${cmsUrl}/admin/collections/legal-documents/${doc.id}`)
    await expect.poll(() => again.getByLabel(/^Tên văn bản \(trích yếu\)/).first().inputValue(), { timeout: 60_000 }).toBe(title)
  } finally {
    await browser.close()
  }
  process.kill(stack!.pid, 'SIGTERM')
  expect(await stack!.exited).toBe(0)
}, 60 * 60_000)
