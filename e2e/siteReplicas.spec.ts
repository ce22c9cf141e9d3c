/**
 * Two site replicas on one CMS (issue 23): the e2e stack's site server, which the CMS's webhook reaches, and a second
 * one started here that no webhook reaches, so every publish it shows came from the CMS's publish log.
 */
import fs from 'node:fs'
import path from 'node:path'
import { SITE_NODE_FLAGS } from '@congkhai/site/node-flags'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { productionServerBlock, startNginx, type RunningNginx } from '../scripts/lib/nginx'
import { freePort, startService, stopService, waitForHttp } from '../scripts/lib/processes'
import { requestFrom } from '../scripts/lib/requestFrom'
import { adminHeaders, published, stackSecrets } from './support'

const cms = e2eEnv.CMS_URL
const replicaDir = path.resolve(import.meta.dirname, '../.data/e2e-replica-b')

interface Status {
  ready: boolean
  state: string
  received: number
  published: number
  runs: { incremental: number; full: number }
  publishLog?: { position: number | null; applied: number }
}

/** The second replica: its own port, builds, index and outbox, the stack's CMS and keys. */
const replica = {
  url: '',
  service: undefined as ReturnType<typeof startService> | undefined,
  async start() {
    const secrets = stackSecrets()
    this.service = startService('site-b', process.execPath, [...SITE_NODE_FLAGS, path.resolve(import.meta.dirname, '../dist/site/host.mjs')], {
      env: {
        NODE_ENV: 'production',
        CMS_URL: cms,
        SITE_URL: this.url,
        SITE_HOST: '127.0.0.1',
        SITE_PORT: new URL(this.url).port,
        DATA_DIR: replicaDir,
        BUILDS_DIR: path.join(replicaDir, 'site-builds'),
        SEARCH_SNAPSHOT_PATH: path.join(replicaDir, 'search/index.json'),
        FEEDBACK_OUTBOX_DIR: path.join(replicaDir, 'feedback-outbox'),
        PUBLISH_SECRET: secrets.PUBLISH_SECRET,
        SITE_API_KEY: secrets.SITE_API_KEY,
        BUILD_API_KEY: secrets.BUILD_API_KEY,
        PUBLISH_LOG_POLL_SECONDS: '1',
      },
      filter: (line) => /publish-log|publish\.(end|failed)|"level":"error"/.test(line),
    })
    await waitForHttp(`${this.url}/_internal/status`, 15 * 60_000)
  },
  async status(request: APIRequestContext): Promise<Status> {
    return (await (await request.get(`${this.url}/_internal/status`)).json()) as Status
  },
}

/** What a visitor of `base` sees of a legal document: its page's status and whether search finds it by its title. */
async function seen(request: APIRequestContext, base: string, doc: { slug: string; title: string }): Promise<{ page: number; title: boolean; found: boolean }> {
  const page = await request.get(`${base}/van-ban/${doc.slug}`)
  const search = await request.get(`${base}/api/search?q=${encodeURIComponent(doc.title)}&type=legal-document`)
  const hits = search.ok() ? ((await search.json()) as { hits: { title: string }[] }).hits : []
  return { page: page.status(), title: page.ok() && (await page.text()).includes(doc.title), found: hits.some((hit) => hit.title.replace(/<\/?mark>/g, '') === doc.title) }
}
const visible = { page: 200, title: true, found: true }

/** deploy/nginx/congkhai.conf in front of both replicas (and the stack's CMS). */
let nginx: RunningNginx
/** nginx's own refusal over a rate limit, told apart from a replica's by its text. */
const NGINX_TOO_MANY = 'Too many requests, please try again in a minute.'

const run = Date.now() % 1_000_000
let headers: Record<string, string>
const created: number[] = []

/** Publishes a new legal document through the CMS's REST API, as an editor's save does. */
async function publishDocument(request: APIRequestContext, label: string): Promise<{ id: number; slug: string; title: string }> {
  const title = `Quyết định nhân bản ${label} ${run}`
  const res = await request.post(`${cms}/api/legal-documents`, {
    headers,
    data: { number: `${label}${run}/2026/QĐ-NB`, title, documentType: 'quyet-dinh', validity: 'con-hieu-luc', issuer: 'UBND tỉnh', issuedDate: '2026-11-20', _status: 'published' },
  })
  expect(res.ok(), await res.text()).toBeTruthy()
  const { doc } = (await res.json()) as { doc: { id: number; slug: string } }
  created.push(doc.id)
  return { ...doc, title }
}

test.describe.configure({ mode: 'serial' })
test.setTimeout(20 * 60_000)

test.beforeAll(async ({ request }) => {
  // The second replica's first full build.
  test.setTimeout(15 * 60_000)
  fs.rmSync(replicaDir, { recursive: true, force: true })
  replica.url = `http://127.0.0.1:${await freePort()}`
  headers = await adminHeaders(request)
  await replica.start()
  const port = await freePort()
  nginx = await startNginx(
    productionServerBlock({ port, buildsDir: e2eEnv.BUILDS_DIR, upstreamPort: Number(e2eEnv.SITE_PORT), upstreamPorts: [Number(new URL(replica.url).port)], cmsPort: Number(e2eEnv.CMS_PORT) }),
    port,
  )
})

test.afterAll(async ({ request }) => {
  await nginx?.stop()
  if (replica.service) {
    replica.service.child.kill('SIGCONT')
    await stopService(replica.service)
  }
  for (const id of created) await request.delete(`${cms}/api/legal-documents/${id}`, { headers })
  fs.rmSync(replicaDir, { recursive: true, force: true })
})

test('a publish reaches both replicas: each serves the page and finds it in search, though the webhook reaches one', async ({ request }) => {
  const doc = await publishDocument(request, 'A')
  await published(request)
  expect(await seen(request, e2eEnv.SITE_URL, doc)).toEqual(visible)
  const started = Date.now()
  await expect.poll(() => seen(request, replica.url, doc), { timeout: 60_000, intervals: [250] }).toEqual(visible)
  console.log(`replica B live ${((Date.now() - started) / 1000).toFixed(1)} s after replica A`)
  const status = await replica.status(request)
  expect(status.publishLog?.applied).toBeGreaterThanOrEqual(1)
})

test('a replica paused while two publishes happen publishes both when it resumes, without a full rebuild', async ({ request }) => {
  const before = await replica.status(request)
  replica.service!.child.kill('SIGSTOP')
  let first: Awaited<ReturnType<typeof publishDocument>>
  let second: Awaited<ReturnType<typeof publishDocument>>
  try {
    first = await publishDocument(request, 'B')
    second = await publishDocument(request, 'C')
    await published(request)
    expect(await seen(request, e2eEnv.SITE_URL, second)).toEqual(visible)
  } finally {
    replica.service!.child.kill('SIGCONT')
  }
  for (const doc of [first, second]) await expect.poll(() => seen(request, replica.url, doc), { timeout: 60_000, intervals: [250] }).toEqual(visible)
  const after = await replica.status(request)
  expect(after.runs.full).toBe(before.runs.full)
  expect(after.runs.incremental).toBeGreaterThan(before.runs.incremental)
  expect(after.publishLog!.applied - before.publishLog!.applied).toBe(2)
})

test('behind nginx, the two replicas refuse a flood of feedback from one address as one server would', async ({ request }) => {
  // 12 posts from one address, spread over both replicas: each replica alone would take 5 (FEEDBACK_POSTS_PER_MINUTE),
  // 10 together; counted at nginx, 5 reach a replica and the rest are refused there.
  const answers = []
  // From a loopback address of its own: the flood is then counted for it, at nginx and (it forwards the address) at the
  // stack's own site server, not for 127.0.0.1, from which every later spec sends its feedback (5 a minute there).
  for (let i = 0; i < 12; i++) answers.push(await requestFrom(`${nginx.url}/api/feedback`, { localAddress: '127.0.0.2', body: { kind: 'gop-y' } }))
  const refused = answers.filter((answer) => answer.body.includes(NGINX_TOO_MANY))
  expect(answers.length - refused.length).toBe(5)
  for (const answer of refused) {
    expect(answer.status).toBe(429)
    expect(answer.headers['retry-after']).toBe('60')
    expect(answer.body).toContain('Quá nhiều yêu cầu')
  }
  // Searches from that address are counted apart, and still answered.
  expect((await request.get(`${nginx.url}/api/search?q=ho+chieu`)).status()).toBe(200)
})

test('a flood of searches from one address is refused at the same count whichever replica answers', async ({ request }) => {
  const started = Date.now()
  const statuses = await Promise.all(Array.from({ length: 120 }, () => request.get(`${nginx.url}/api/search?q=ho+chieu&facets=none`).then((res) => res.status())))
  const seconds = (Date.now() - started) / 1000
  const answered = statuses.filter((status) => status === 200).length
  // 10 a second with a burst of 60 (SEARCH_REQUESTS_PER_MINUTE 600), for both replicas together.
  expect(answered).toBeGreaterThanOrEqual(60)
  expect(answered).toBeLessThanOrEqual(61 + Math.ceil(seconds * 10))
  expect(statuses.filter((status) => status !== 200).every((status) => status === 429)).toBe(true)
})

test('a replica killed (kill -9) under load through nginx fails no request, and serves what it missed once started again (with a full rebuild)', async ({ request }) => {
  // The search flood above drained first (10 a second).
  await new Promise((resolve) => setTimeout(resolve, 7_000))
  // Steady load on both replicas (searches, the search page): a request in flight on the killed one is retried on
  // the other (GET, proxy_next_upstream), and the killed one gets no more once it failed twice.
  const failures: string[] = []
  let answered = 0
  let loading = true
  const load = async (n: number) => {
    for (let i = 0; loading; i++) {
      const url = i % 2 ? `/api/search?q=ho+chieu&facets=none&w=${n}` : `/tim-kiem?q=visa&w=${n}`
      const res = await request.get(`${nginx.url}${url}`).catch((err: Error) => ({ status: () => err.message }))
      if (res.status() === 200) answered++
      else failures.push(`${url} → ${res.status()}`)
      await new Promise((resolve) => setTimeout(resolve, 150))
    }
  }
  const loops = [load(1), load(2)]
  await new Promise((resolve) => setTimeout(resolve, 2000))
  replica.service!.child.kill('SIGKILL')
  await replica.service!.exited
  await new Promise((resolve) => setTimeout(resolve, 4000))
  loading = false
  await Promise.all(loops)
  expect(failures).toEqual([])
  expect(answered).toBeGreaterThan(20)
  const first = await publishDocument(request, 'D')
  const second = await publishDocument(request, 'E')
  await published(request)
  await replica.start()
  // It serves its previous build at once, then rebuilds from the content as it is now: the restart costs a full
  // rebuild (the in-memory state incremental publishing needs does not survive the process).
  await expect.poll(async () => (await replica.status(request)).runs.full, { timeout: 15 * 60_000, intervals: [1000] }).toBeGreaterThanOrEqual(1)
  for (const doc of [first, second]) expect(await seen(request, replica.url, doc)).toEqual(visible)
  const position = (await replica.status(request)).publishLog?.position
  const head = (await (await request.get(`${cms}/api/publish-events?sort=-id&limit=1`, { headers })).json()) as { docs: { id: number }[] }
  expect(position).toBe(head.docs[0]!.id)
})
