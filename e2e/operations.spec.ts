import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { admin, published, publishHeaders } from './support'

const cms = e2eEnv.CMS_URL
const brokenPage = path.resolve(import.meta.dirname, '../site/src/pages/e2e-broken-build.astro')

interface Health {
  status: 'ok' | 'degraded' | 'down'
  build: { id: string } | null
  publish: { state: string; lastError?: string }
  search: { ok: boolean }
}

async function health(request: APIRequestContext): Promise<Health> {
  return (await (await request.get('/healthz')).json()) as Health
}

async function publishAll(request: APIRequestContext): Promise<void> {
  const res = await request.post('/_internal/publish', { data: { full: true }, headers: publishHeaders() })
  expect(res.status()).toBe(202)
}

test('health endpoints answer for monitoring', async ({ request }) => {
  await published(request)
  const site = await request.get('/healthz')
  expect(site.status()).toBe(200)
  expect(await site.json()).toMatchObject({ status: 'ok', build: { id: expect.stringMatching(/^build-\d+$/) }, search: { ok: true } })
  const cmsHealth = await request.get(`${cms}/api/health`)
  expect(cmsHealth.status()).toBe(200)
  expect(await cmsHealth.json()).toMatchObject({ status: 'ok', database: { ok: true }, site: { reachable: true, state: 'idle' } })
})

test('a failed build never replaces the live one, and editors see the failure in the admin', async ({ page, request }) => {
  test.setTimeout(8 * 60_000)
  await published(request)
  const before = await health(request)
  try {
    // A page that throws while prerendering: the next `astro build` fails, as a real template bug would.
    fs.writeFileSync(brokenPage, "---\nthrow new Error('e2e: a deliberately broken build')\n---\n")
    await publishAll(request)
    await expect.poll(async () => (await health(request)).publish.state, { timeout: 5 * 60_000, intervals: [1000] }).toBe('failed')

    const during = await health(request)
    expect(during).toMatchObject({ status: 'degraded', build: { id: before.build?.id } })
    expect(during.publish.lastError).toContain('deliberately broken')
    const home = await request.get('/')
    expect(home.status()).toBe(200)
    expect(await home.text()).toContain('Sở Ngoại vụ')

    expect(await (await request.get(`${cms}/api/health`)).json()).toMatchObject({ status: 'ok', site: { reachable: true, state: 'failed' } })
    const login = await page.request.post(`${cms}/api/users/login`, { data: admin })
    expect(login.ok()).toBeTruthy()
    await page.goto(`${cms}/admin`)
    await expect(page.getByRole('alert').filter({ hasText: 'Xuất bản lỗi' })).toContainText('trang công khai vẫn hiển thị bản trước')
  } finally {
    fs.rmSync(brokenPage, { force: true })
  }
  await publishAll(request)
  await expect.poll(async () => (await health(request)).publish.state, { timeout: 5 * 60_000, intervals: [1000] }).toBe('idle')
  const after = await health(request)
  expect(after.status).toBe('ok')
  expect(after.build?.id).not.toBe(before.build?.id)
  await page.goto(`${cms}/admin`)
  await expect(page.getByRole('status').filter({ hasText: 'Trang công khai đã cập nhật' })).toBeVisible()
})
