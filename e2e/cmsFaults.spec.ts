/**
 * A CMS replica killed under load (issue 23). Two CMS processes on the stack's database (the stack's and one started
 * here) behind nginx's private CMS address (`deploy/nginx/congkhai-cms-internal.conf`); a site server started here
 * whose every read, publish-log poll and feedback delivery goes through that address (its CMS_URL); the public server
 * block in front of it. Pages, searches and feedback posts arrive through nginx while the second CMS gets `kill -9`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { CMS_NODE_FLAGS } from '@congkhai/cms/node-flags'
import { SITE_NODE_FLAGS } from '@congkhai/site/node-flags'
import { expect, test, type APIRequestContext } from '@playwright/test'
import pg from 'pg'
import { e2eEnv } from '../playwright.config'
import { productionServerBlock, startNginx, type RunningNginx } from '../scripts/lib/nginx'
import { freePort, startService, stopService, waitForHttp } from '../scripts/lib/processes'
import { requestFrom } from '../scripts/lib/requestFrom'
import { formTokens, valid } from './feedbackForm'
import { admin, adminHeaders, published, stackSecrets } from './support'

const root = path.resolve(import.meta.dirname, '..')
const siteDir = path.join(root, '.data/e2e-cms-faults-site')
const run = Date.now() % 1_000_000

let cmsB: ReturnType<typeof startService>
let site: ReturnType<typeof startService>
let siteUrl = ''
/** The public server block (pages from the site server's builds, on-demand routes to it) and the private CMS address. */
let nginx: RunningNginx
let cmsInternal = ''
let db: pg.Client
let headers: Record<string, string>
/** Times the site's outbox found the CMS unavailable and waited before sending again. */
let outboxWaits = 0
const created: number[] = []

test.describe.configure({ mode: 'serial' })

test.beforeAll(async ({ request }) => {
  // The second CMS's start and the site server's first full build, read through nginx.
  test.setTimeout(20 * 60_000)
  const secrets = stackSecrets()
  headers = await adminHeaders(request)
  const cmsPort = await freePort()
  cmsB = startService('cms-b', process.execPath, [...CMS_NODE_FLAGS, path.join(root, 'dist/cms/server.mjs')], {
    cwd: path.join(root, 'cms'),
    env: { ...e2eEnv, ...secrets, CMS_PORT: String(cmsPort), CMS_URL: `http://127.0.0.1:${cmsPort}`, RUN_JOBS: 'true', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    filter: (line) => /ERROR/.test(line),
  })
  await waitForHttp(`http://127.0.0.1:${cmsPort}/api/health`, 4 * 60_000)

  const [port, internalPort, sitePort] = [await freePort(), await freePort(), await freePort()]
  siteUrl = `http://127.0.0.1:${sitePort}`
  cmsInternal = `http://127.0.0.1:${internalPort}`
  fs.rmSync(siteDir, { recursive: true, force: true })
  const buildsDir = path.join(siteDir, 'site-builds')
  nginx = await startNginx(
    productionServerBlock({ port, buildsDir, upstreamPort: sitePort, cmsPort: Number(e2eEnv.CMS_PORT), cmsPorts: [cmsPort], cmsInternalPort: internalPort }),
    port,
  )
  site = startService('site-c', process.execPath, [...SITE_NODE_FLAGS, path.join(root, 'dist/site/host.mjs')], {
    env: {
      NODE_ENV: 'production',
      CMS_URL: cmsInternal,
      PUBLIC_MEDIA_URL: nginx.url,
      SITE_URL: nginx.url,
      SITE_HOST: '127.0.0.1',
      SITE_PORT: String(sitePort),
      DATA_DIR: siteDir,
      BUILDS_DIR: buildsDir,
      SEARCH_SNAPSHOT_PATH: path.join(siteDir, 'search/index.json'),
      FEEDBACK_OUTBOX_DIR: path.join(siteDir, 'feedback-outbox'),
      PUBLISH_SECRET: secrets.PUBLISH_SECRET,
      SITE_API_KEY: secrets.SITE_API_KEY,
      BUILD_API_KEY: secrets.BUILD_API_KEY,
      PUBLISH_LOG_POLL_SECONDS: '1',
      // Behind nginx, which sends each client's address in X-Forwarded-For.
      TRUST_PROXY: 'true',
      FEEDBACK_MIN_FILL_SECONDS: '1',
    },
    filter: (line) => {
      if (/CMS unavailable/.test(line)) outboxWaits++
      return /CMS unavailable|publish\.(end|failed)|"level":"error"/.test(line)
    },
  })
  await waitForHttp(`${siteUrl}/_internal/status`, 15 * 60_000)
  db = new pg.Client({ connectionString: `postgres://congkhai:${encodeURIComponent(secrets.EMBEDDED_POSTGRES_PASSWORD)}@127.0.0.1:${e2eEnv.POSTGRES_PORT}/congkhai` })
  await db.connect()
})

test.afterAll(async ({ request }) => {
  await nginx?.stop()
  if (site) await stopService(site)
  if (cmsB) await stopService(cmsB)
  await db?.end()
  for (const id of created) await request.delete(`${e2eEnv.CMS_URL}/api/legal-documents/${id}`, { headers })
  fs.rmSync(siteDir, { recursive: true, force: true })
})

/** A feedback post through nginx from one loopback address: nginx counts its rate limit per address, as for citizens. */
const postFeedback = (from: string, body: unknown) => requestFrom(`${nginx.url}/api/feedback`, { localAddress: from, body, timeoutMs: 30_000 })

/** An administrator's login through the private CMS address, and a read with the session it gives. */
async function adminLogin(request: APIRequestContext): Promise<string> {
  const login = await request.post(`${cmsInternal}/api/users/login`, { data: admin })
  if (!login.ok()) return `login ${login.status()}`
  const { token } = (await login.json()) as { token: string }
  const me = await request.get(`${cmsInternal}/api/users/me`, { headers: { authorization: `JWT ${token}` } })
  return me.ok() ? ((await me.json()) as { user: { email: string } }).user.email : `me ${me.status()}`
}

const PAGES = ['/', '/tin-tuc/', '/thu-tuc/', '/gop-y']
const SEARCHES = ['/api/search?q=ho+chieu&facets=none', '/tim-kiem?q=visa']

test('kill -9 of one CMS replica under load: no failed page or search, every accepted feedback stored once, logins go on', async ({ request }) => {
  test.setTimeout(5 * 60_000)
  for (const page of PAGES) expect((await request.get(`${nginx.url}${page}`)).status(), page).toBe(200)
  expect(await adminLogin(request)).toBe(admin.email)
  const posts = 40
  const tokens = await formTokens(request, posts)

  const failures: string[] = []
  const answered = { pages: 0, searches: 0 }
  const accepted: string[] = []
  let loading = true
  const get = async (url: string, kind: keyof typeof answered) => {
    const res = await request.get(`${nginx.url}${url}`).catch((err: Error) => ({ status: () => err.message }))
    if (res.status() === 200) answered[kind]++
    else failures.push(`${url} → ${res.status()}`)
  }
  const pages = async () => {
    for (let i = 0; loading; i++) {
      await get(PAGES[i % PAGES.length]!, 'pages')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  const searches = async () => {
    for (let i = 0; loading; i++) {
      await get(`${SEARCHES[i % SEARCHES.length]!}&w=${i}`, 'searches')
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  // One citizen (one address) per submission: nginx takes 5 a minute from an address.
  const feedback = async () => {
    for (let i = 0; i < posts && loading; i++) {
      const title = `Góp ý khi một CMS bị dừng ${run} số ${i}`
      const res = await postFeedback(`127.0.0.${20 + i}`, valid(tokens[i]!, { title })).catch((err: Error) => ({ status: 0, body: err.message }))
      if (res.status === 201) accepted.push((JSON.parse(res.body) as { code: string }).code)
      else failures.push(`feedback ${i} → ${res.status} ${res.body.slice(0, 200)}`)
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
  }
  const loops = [pages(), searches(), feedback()]
  await new Promise((resolve) => setTimeout(resolve, 4000))
  // Frozen first, so deliveries nginx passed to it are in flight when it dies: their POSTs reached a replica, so nginx
  // must not send them again, and the outbox does.
  cmsB.child.kill('SIGSTOP')
  await new Promise((resolve) => setTimeout(resolve, 2500))
  cmsB.child.kill('SIGKILL')
  await cmsB.exited
  const killedAt = Date.now()
  // Logins while nginx still lists the dead replica (it is tried again after fail_timeout, 10 s).
  const logins = [await adminLogin(request)]
  await new Promise((resolve) => setTimeout(resolve, 12_000))
  logins.push(await adminLogin(request))
  loading = false
  await Promise.all(loops)
  console.log(`${answered.pages} pages, ${answered.searches} searches, ${accepted.length} feedback posts; the outbox waited for the CMS ${outboxWaits} time(s)`)

  expect(failures).toEqual([])
  expect(answered.pages).toBeGreaterThan(30)
  expect(answered.searches).toBeGreaterThan(20)
  expect(accepted.length).toBeGreaterThanOrEqual(20)
  expect(logins).toEqual([admin.email, admin.email])
  expect(Date.now() - killedAt).toBeGreaterThan(10_000)
  // Some deliveries were cut off by the kill and sent again.
  expect(outboxWaits).toBeGreaterThanOrEqual(1)

  // Every accepted submission reaches the surviving CMS, once.
  await expect.poll(async () => ((await (await request.get(`${siteUrl}/_internal/status`)).json()) as { feedback: { pending: number } }).feedback.pending, { timeout: 90_000, intervals: [1000] }).toBe(0)
  const { rows } = await db.query<{ code: string; n: number }>(`SELECT code, count(*)::int AS n FROM feedback WHERE code = ANY($1) GROUP BY code`, [accepted])
  expect(rows.filter((row) => row.n !== 1)).toEqual([])
  expect(rows.map((row) => row.code).sort()).toEqual([...accepted].sort())
  const titles = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM feedback WHERE title LIKE $1`, [`Góp ý khi một CMS bị dừng ${run} số %`])
  expect(titles.rows[0]!.n).toBe(accepted.length)
})

test('with one CMS replica dead, a publish still reaches the site server that reads through nginx', async ({ request }) => {
  test.setTimeout(3 * 60_000)
  const title = `Quyết định sau khi một CMS bị dừng ${run}`
  const res = await request.post(`${e2eEnv.CMS_URL}/api/legal-documents`, {
    headers,
    data: { number: `CF${run}/2026/QĐ-CF`, title, documentType: 'quyet-dinh', validity: 'con-hieu-luc', issuer: 'UBND tỉnh', issuedDate: '2026-11-20', _status: 'published' },
  })
  expect(res.ok(), await res.text()).toBeTruthy()
  const { doc } = (await res.json()) as { doc: { id: number; slug: string } }
  created.push(doc.id)
  await published(request)
  // No webhook reaches this site server: it hears of the publish from the log, read through the private CMS address.
  await expect
    .poll(async () => {
      const page = await request.get(`${nginx.url}/van-ban/${doc.slug}`)
      const search = await request.get(`${nginx.url}/api/search?q=${encodeURIComponent(title)}&type=legal-document`)
      const hits = search.ok() ? ((await search.json()) as { hits: { title: string }[] }).hits : []
      return { page: page.status(), found: hits.some((hit) => hit.title.replace(/<\/?mark>/g, '') === title) }
    }, { timeout: 90_000, intervals: [500] })
    .toEqual({ page: 200, found: true })
})
