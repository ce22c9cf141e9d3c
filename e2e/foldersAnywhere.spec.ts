/**
 * The whole stack with every folder it writes outside the repository, as an operator sets them
 * (`/var/lib/congkhai/…`): pages, search, feedback with an attachment, a media upload and a full rebuild all work, and
 * a first build that cannot start says why and goes live once it can (issue 19).
 *
 * @remarks Starts its own stack (`scripts/start.ts`, as `npm start` does) on ports of its own beside the e2e stack,
 * with `DATA_DIR`, `BUILDS_DIR`, `FEEDBACK_OUTBOX_DIR`, `MEDIA_DIR`, `FEEDBACK_ATTACHMENTS_DIR` and
 * `SEARCH_SNAPSHOT_PATH` in a fresh temporary folder. `BUILDS_DIR` is first a file, so the first build cannot create
 * its folder: the site must report that in its log and at `/_internal/status`, schedule a retry, and go live on it
 * once the file is gone. Before the fix a build under a folder outside the repository could not import its packages
 * ("Cannot find package 'piccolore'") and the site answered 503 for ever.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sampleFiles } from '@congkhai/cms/testing'
import { installationSecrets } from '@congkhai/contracts/installation-secrets'
import { expect, test } from '@playwright/test'

const repo = path.resolve(import.meta.dirname, '..')
// Beside the e2e stack of this checkout (which runs on offset + 0) and of any other checkout (offsets of 10).
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0) + 5
const CMS = `http://localhost:${3100 + offset}`
const SITE = `http://localhost:${4400 + offset}`

type Status = {
  ready: boolean
  state: string
  lastSuccessAt?: string
  retry?: { kind: string; attempt: number; at: string; delaySeconds: number }
  lastBuildFailure?: { at: string; kind: string; stage: string; reason: string; siteServed: boolean }
  health: { build: { id: string } | null }
  feedback: { pending: number; parked: unknown[] }
}
const siteStatus = async () => (await (await fetch(`${SITE}/_internal/status`)).json()) as Status
const answers = (url: string) => fetch(url).then((res) => res.status, () => 0)

/** Files below a folder, recursively (none when it does not exist). */
function filesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((name) => fs.statSync(path.join(dir, name)).isFile())
}

test('every folder outside the repository: the first build that could not start goes live on its retry; pages, search, feedback, uploads and a rebuild work', async ({ page }) => {
  test.setTimeout(40 * 60_000)
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-anywhere-'))
  // Run as root, the embedded PostgreSQL runs as a user of its own, which must reach its data folder.
  fs.chmodSync(root, 0o755)
  const folders = {
    DATA_DIR: path.join(root, 'data'),
    BUILDS_DIR: path.join(root, 'builds'),
    FEEDBACK_OUTBOX_DIR: path.join(root, 'outbox'),
    MEDIA_DIR: path.join(root, 'media'),
    FEEDBACK_ATTACHMENTS_DIR: path.join(root, 'attachments'),
    SEARCH_SNAPSHOT_PATH: path.join(root, 'search', 'index.json'),
  }
  // A file where the builds folder should be: the first build cannot create its folder.
  fs.writeFileSync(folders.BUILDS_DIR, 'not a folder\n')
  const repoBuilds = path.join(repo, 'site/.builds')
  const repoBuildsBefore = fs.existsSync(repoBuilds) ? fs.readdirSync(repoBuilds) : []

  const logFile = path.join(root, 'start.log')
  const log = fs.openSync(logFile, 'a')
  const child: ChildProcess = spawn(process.execPath, [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), path.join(repo, 'scripts/start.ts')], {
    cwd: repo,
    // Its own process group, so stopping it reaches the servers it started.
    detached: true,
    stdio: ['ignore', log, log],
    // No NODE_ENV; cast because Next.js's types (loaded with Payload's) declare it on every environment.
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LANG: 'C.UTF-8',
      TMPDIR: os.tmpdir(),
      ...folders,
      POSTGRES_PORT: String(54339 + offset),
      CMS_PORT: String(3100 + offset),
      CMS_URL: CMS,
      SITE_PORT: String(4400 + offset),
      SITE_URL: SITE,
      PUBLISH_WEBHOOK_URL: `${SITE}/_internal/publish`,
      FEEDBACK_MIN_FILL_SECONDS: '1',
    } as unknown as NodeJS.ProcessEnv,
  })
  fs.closeSync(log)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const logText = () => fs.readFileSync(logFile, 'utf8')
  try {
    // The first build fails: the status says why, what kind of build, when, and when it is retried.
    await expect
      .poll(async () => {
        expect(child.exitCode, `start exited:\n${logText().slice(-4000)}`).toBeNull()
        return (await siteStatus().catch(() => undefined))?.lastBuildFailure
      }, { timeout: 20 * 60_000, intervals: [1000] })
      .toBeDefined()
    const failed = await siteStatus()
    expect(failed.ready).toBe(false)
    expect(failed.lastBuildFailure).toMatchObject({ kind: 'full', stage: 'build', siteServed: false })
    expect(failed.lastBuildFailure!.reason).toContain(`BUILDS_DIR (${folders.BUILDS_DIR})`)
    expect(failed.retry).toMatchObject({ kind: 'full', attempt: 1, delaySeconds: 5 })
    expect(await answers(`${SITE}/`)).toBe(503)
    // And so does the log, in one line with the reason, not only "publish FAILED".
    await expect.poll(() => /publish FAILED \(building the site\), no build is live yet, every page answers 503; retry 1 in 5 s\. Reason: .*BUILDS_DIR/.test(logText())).toBe(true)

    // Editors see it in the admin header: no build yet, when it is retried, and why.
    const secrets = installationSecrets(folders.DATA_DIR)
    expect((await page.request.post(`${CMS}/api/users/login`, { data: { email: 'admin@congkhai.local', password: secrets.ADMIN_PASSWORD } })).ok()).toBe(true)
    await page.goto(`${CMS}/admin`)
    const alert = page.getByRole('alert').filter({ hasText: 'Xuất bản lỗi' })
    await expect(alert).toContainText('trang công khai chưa có bản nào, mọi trang đang báo lỗi 503; thử lại lúc')
    await expect(alert).toContainText(`BUILDS_DIR (${folders.BUILDS_DIR})`)

    // Once the folder can be made, a retry builds the site and it goes live, with no restart.
    fs.rmSync(folders.BUILDS_DIR)
    await expect.poll(async () => (await siteStatus()).ready, { timeout: 15 * 60_000, intervals: [2000] }).toBe(true)
    const live = await siteStatus()
    expect(live).toMatchObject({ state: 'idle' })
    expect(live.retry).toBeUndefined()
    expect(await answers(`${SITE}/`)).toBe(200)
    expect(await answers(`${SITE}/thu-tuc`)).toBe(200)
    // What nginx serves: `current/client` in the outside folder.
    expect(fs.existsSync(path.join(folders.BUILDS_DIR, 'current/client/index.html'))).toBe(true)

    const search = (await (await fetch(`${SITE}/api/search?q=${encodeURIComponent('ho chieu')}`)).json()) as { hits: unknown[] }
    expect(search.hits.length).toBeGreaterThan(0)

    // Feedback with an attachment reaches the CMS; the attachment is stored in the outside folder.
    const html = await (await fetch(`${SITE}/gop-y`)).text()
    const formToken = /name="formToken" value="([^"]+)"/.exec(html)?.[1]
    expect(formToken, 'the form carries a token').toBeTruthy()
    await new Promise((r) => setTimeout(r, 1100))
    const form = new FormData()
    const fields = { kind: 'gop-y', name: 'Người Thử', email: 'nguoi-thu@example.vn', title: 'Góp ý khi mọi thư mục ở ngoài', content: 'Nội dung góp ý đủ dài để hợp lệ, kèm một tệp PDF.', consent: 'on', formToken: formToken! }
    for (const [k, v] of Object.entries(fields)) form.set(k, v)
    form.append('attachments', new Blob([Buffer.from(sampleFiles.pdf)], { type: 'application/pdf' }), 'don-de-nghi.pdf')
    const sent = await fetch(`${SITE}/api/feedback`, { method: 'POST', headers: { accept: 'application/json', origin: SITE }, body: form })
    expect(sent.status, await sent.clone().text()).toBe(201)
    const { code } = (await sent.json()) as { code: string }
    await expect.poll(async () => (await siteStatus()).feedback.pending, { timeout: 60_000 }).toBe(0)
    const login = await fetch(`${CMS}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@congkhai.local', password: secrets.ADMIN_PASSWORD }) })
    expect(login.status).toBe(200)
    const auth = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const stored = (await (await fetch(`${CMS}/api/feedback?where[code][equals]=${code}&depth=0`, { headers: auth })).json()) as { docs: unknown[] }
    expect(stored.docs).toHaveLength(1)
    expect(filesIn(folders.FEEDBACK_ATTACHMENTS_DIR).some((name) => name.endsWith('.pdf'))).toBe(true)
    expect(filesIn(folders.FEEDBACK_OUTBOX_DIR).length).toBeGreaterThan(0)

    // An editor's upload lands in MEDIA_DIR and is served by the CMS.
    const upload = new FormData()
    upload.append('file', new Blob([Buffer.from(sampleFiles.png)], { type: 'image/png' }), 'anh-ngoai-kho.png')
    upload.set('_payload', JSON.stringify({ alt: 'Ảnh thử' }))
    const media = await fetch(`${CMS}/api/media`, { method: 'POST', headers: auth, body: upload })
    expect(media.status, await media.clone().text()).toBe(201)
    const { doc } = (await media.json()) as { doc: { filename: string; url: string } }
    expect(filesIn(folders.MEDIA_DIR)).toContain(doc.filename)
    expect((await fetch(new URL(doc.url, CMS))).status).toBe(200)

    // A full rebuild, as the CMS asks for one, goes live in the outside folder.
    const queued = await fetch(`${SITE}/_internal/publish`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-publish-secret': secrets.PUBLISH_SECRET }, body: JSON.stringify({ full: true }) })
    expect(queued.status).toBe(202)
    await expect.poll(async () => {
      const s = await siteStatus()
      return s.state === 'idle' && s.lastSuccessAt !== live.lastSuccessAt && s.health.build?.id !== live.health.build?.id
    }, { timeout: 15 * 60_000, intervals: [2000] }).toBe(true)
    const rebuilt = await siteStatus()
    expect(fs.realpathSync(path.join(folders.BUILDS_DIR, 'current'))).toBe(path.join(fs.realpathSync(folders.BUILDS_DIR), rebuilt.health.build!.id))
    expect(await answers(`${SITE}/`)).toBe(200)

    // Nothing of this stack inside the repository.
    expect(fs.existsSync(repoBuilds) ? fs.readdirSync(repoBuilds) : []).toEqual(repoBuildsBefore)
    expect(fs.readdirSync(folders.BUILDS_DIR).filter((name) => name.startsWith('build-')).length).toBeGreaterThan(0)
  } catch (err) {
    console.log(`start log (${logFile}):\n${logText().split('\n').slice(-80).join('\n')}`)
    throw err
  } finally {
    if (child.pid && child.exitCode === null) {
      process.kill(-child.pid, 'SIGTERM')
      const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 60_000))
      if ((await Promise.race([exited, timeout])) === 'timeout') process.kill(-child.pid, 'SIGKILL')
    }
  }
  fs.rmSync(root, { recursive: true, force: true })
})
