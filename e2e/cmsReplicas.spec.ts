/**
 * Two CMS processes on one database (issue 23): the e2e stack's CMS and a second one started here on the same
 * PostgreSQL and the same upload folders, both running the job cron.
 */
import path from 'node:path'
import { CMS_NODE_FLAGS } from '@congkhai/cms/node-flags'
import { sampleFiles } from '@congkhai/cms/testing'
import { expect, test, type APIRequestContext } from '@playwright/test'
import pg from 'pg'
import { e2eEnv } from '../playwright.config'
import { freePort, startService, stopService, waitForHttp } from '../scripts/lib/processes'
import { adminHeaders, stackSecrets } from './support'

const root = path.resolve(import.meta.dirname, '..')
let second: { url: string; service: ReturnType<typeof startService> }
let db: pg.Client
let headers: Record<string, string>

test.describe.configure({ mode: 'serial' })

test.beforeAll(async ({ request }) => {
  test.setTimeout(5 * 60_000)
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const secrets = stackSecrets()
  const service = startService('cms-b', process.execPath, [...CMS_NODE_FLAGS, path.join(root, 'dist/cms/server.mjs')], {
    cwd: path.join(root, 'cms'),
    // The stack's configuration (database, DATA_DIR with its upload folders, secrets), its own port, jobs on.
    env: { ...e2eEnv, ...secrets, CMS_PORT: String(port), CMS_URL: url, RUN_JOBS: 'true', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    filter: (line) => /ERROR|rror running job/.test(line),
  })
  second = { url, service }
  await waitForHttp(`${url}/api/health`, 4 * 60_000)
  db = new pg.Client({ connectionString: `postgres://congkhai:${encodeURIComponent(secrets.EMBEDDED_POSTGRES_PASSWORD)}@127.0.0.1:${e2eEnv.POSTGRES_PORT}/congkhai` })
  await db.connect()
  headers = await adminHeaders(request)
})

test.afterAll(async () => {
  await db?.end()
  if (second) await stopService(second.service)
})

/** Entries of the publish log naming one news item. */
async function logged(id: number): Promise<number> {
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM publish_events WHERE event->>'collection' = 'news' AND (event->>'id')::int = $1`, [id])
  return rows[0].n as number
}

test('a file uploaded through one CMS is served by the other (one shared upload folder)', async ({ request }) => {
  const name = `replica-${process.pid}.png`
  const created = await request.post(`${second.url}/api/media`, {
    headers,
    multipart: { file: { name, mimeType: 'image/png', buffer: Buffer.from(sampleFiles.png) }, _payload: JSON.stringify({ alt: 'Ảnh của bản sao CMS' }) },
  })
  expect(created.status(), await created.text()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number; url: string } }
  try {
    const file = await request.get(`${e2eEnv.CMS_URL}${new URL(doc.url, second.url).pathname}`)
    expect(file.status()).toBe(200)
    expect(Buffer.from(await file.body()).equals(Buffer.from(sampleFiles.png))).toBe(true)
  } finally {
    await request.delete(`${second.url}/api/media/${doc.id}`, { headers })
  }
})

test('scheduled publishes due now are published once, though both CMS run the minute cron', async ({ request }) => {
  test.setTimeout(4 * 60_000)
  const ids: number[] = []
  for (let i = 0; i < 4; i++) {
    const res = await request.post(`${e2eEnv.CMS_URL}/api/news?draft=true`, { headers, data: { title: `Tin hẹn giờ hai CMS ${process.pid} ${i}`, publishedDate: '2026-12-01', _status: 'draft' } })
    expect(res.ok(), await res.text()).toBeTruthy()
    ids.push(((await res.json()) as { doc: { id: number } }).doc.id)
  }
  try {
    // As the admin's "schedule publish" queues it (Payload's jobs have no REST API): one job per item, due now.
    for (const id of ids) {
      await db.query(`INSERT INTO payload_jobs (input, task_slug, queue, wait_until) VALUES ($1, 'schedulePublish', 'default', now())`, [JSON.stringify({ type: 'publish', doc: { relationTo: 'news', value: String(id) } })])
    }
    // Both crons fire at the next minute.
    await expect.poll(async () => (await db.query(`SELECT count(*)::int AS n FROM payload_jobs WHERE task_slug = 'schedulePublish' AND completed_at IS NULL`)).rows[0].n, { timeout: 150_000, intervals: [2000] }).toBe(0)
    for (const id of ids) {
      expect(await published(request, id)).toBe(true)
      // One publish each: one entry in the publish log, one published version.
      expect(await logged(id)).toBe(1)
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM _news_v WHERE parent_id = $1 AND version__status = 'published'`, [id])
      expect(rows[0].n).toBe(1)
    }
  } finally {
    for (const id of ids) await request.delete(`${e2eEnv.CMS_URL}/api/news/${id}`, { headers })
  }
})

/** Whether a visitor (no credentials) can read the news item. */
async function published(request: APIRequestContext, id: number): Promise<boolean> {
  return (await request.get(`${e2eEnv.CMS_URL}/api/news/${id}`)).ok()
}
