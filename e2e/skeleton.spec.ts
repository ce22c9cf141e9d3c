import { expect, test, type APIRequestContext } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { admin, published } from './support'

const cms = e2eEnv.CMS_URL

async function adminToken(request: APIRequestContext): Promise<string> {
  const res = await request.post(`${cms}/api/users/login`, { data: admin })
  expect(res.ok()).toBeTruthy()
  return ((await res.json()) as { token: string }).token
}

test('home page: Vietnamese, skip link, navigation to every section', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sở Ngoại vụ')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Bỏ qua để đến nội dung chính' })).toBeFocused()
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Văn bản' }).click()
  await expect(page).toHaveURL(/\/van-ban/)
  await page.getByRole('link', { name: /06\/2020\/QĐ-TTg/ }).first().click()
  await expect(page.getByRole('cell', { name: '06/2020/QĐ-TTg' })).toBeVisible()
})

test('search without diacritics finds a seeded document, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/tim-kiem')
  await page.getByRole('searchbox').fill('ho chieu')
  await page.getByRole('button', { name: 'Tìm kiếm' }).click()
  await expect(page).toHaveURL(/\/tim-kiem\?q=ho\+chieu/)
  const first = page.locator('main ol.list > li').first().getByRole('link')
  await expect(first).toContainText(/hộ chiếu/i)
  await expect(first.locator('mark', { hasText: 'chiếu' }).first()).toBeVisible()
  await first.click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/hộ chiếu/i)
  await context.close()
})

test('feedback: bad input gets Vietnamese errors and keeps what was typed; a good one reaches the CMS admin', async ({ page }) => {
  await page.goto('/gop-y')
  await page.getByLabel('Họ và tên').fill('Trần Thị Bình')
  await page.getByRole('button', { name: 'Gửi góp ý' }).click()
  await expect(page.getByRole('alert')).toContainText('Vui lòng nhập tiêu đề.')
  await expect(page.getByRole('alert')).toContainText('thư điện tử hoặc số điện thoại')
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Trần Thị Bình')

  const title = `Đề nghị niêm yết thời hạn cấp hộ chiếu ${Date.now()}`
  await page.getByLabel('Thư điện tử').fill('binh@example.vn')
  await page.getByLabel('Tiêu đề').fill(title)
  await page.getByLabel('Nội dung góp ý').fill('Tôi đề nghị Sở niêm yết rõ thời hạn giải quyết hồ sơ hộ chiếu công vụ tại bộ phận một cửa.')
  await page.getByRole('checkbox', { name: /Tôi đồng ý/ }).check()
  // Forms sent faster than a person could fill them are taken for bots (FEEDBACK_MIN_FILL_SECONDS=1 in e2e).
  await page.waitForTimeout(1100)
  await page.getByRole('button', { name: 'Gửi góp ý' }).click()
  await expect(page).toHaveURL(/\/gop-y\/da-gui/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đã nhận góp ý của bạn')

  await page.goto(`${cms}/admin/login`)
  await page.getByLabel(/email/i).fill(admin.email)
  await page.getByLabel(/mật khẩu/i).fill(admin.password)
  await page.getByRole('button', { name: /đăng nhập/i }).click()
  await page.waitForURL(`${cms}/admin`)
  // Delivered from the site's outbox within a moment.
  await expect(async () => {
    await page.goto(`${cms}/admin/collections/feedback`)
    await expect(page.getByText(title)).toBeVisible({ timeout: 2000 })
  }).toPass({ timeout: 30_000 })
})

test('publishing: a legal document appears on the site and in search when published, and goes when unpublished', async ({ page, request }) => {
  const token = await adminToken(request)
  const headers = { authorization: `JWT ${token}` }
  const number = `${Date.now() % 1000}/2026/QĐ-UBND`
  const created = await request.post(`${cms}/api/legal-documents`, {
    headers,
    data: { number, title: 'Quyết định ban hành quy chế tiếp công dân của Sở Ngoại vụ', documentType: 'quyet-dinh', validity: 'con-hieu-luc', issuer: 'Ủy ban nhân dân tỉnh', issuedDate: '2026-11-20', _status: 'published' },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number; slug: string } }

  await published(request)
  await page.goto(`/van-ban/${doc.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quyết định ban hành quy chế tiếp công dân của Sở Ngoại vụ')
  // Found by its title typed without diacritics (other tests may publish documents with the same title: it need not be first).
  const search = await request.get(`/api/search?q=${encodeURIComponent('quy che tiep cong dan')}&type=legal-document`)
  expect(((await search.json()) as { hits: { number?: string }[] }).hits.map((hit) => hit.number)).toContain(number)

  expect((await request.patch(`${cms}/api/legal-documents/${doc.id}`, { headers, data: { _status: 'draft' } })).ok()).toBeTruthy()
  await published(request)
  expect((await page.goto(`/van-ban/${doc.slug}`))?.status()).toBe(404)
  const after = await request.get(`/api/search?q=${encodeURIComponent(number)}`)
  expect(((await after.json()) as { hits: { number?: string }[] }).hits.map((h) => h.number)).not.toContain(number)
})

test('preview: an editor opens an unpublished draft on the site from the admin; the public cannot', async ({ page, request, context }) => {
  const token = await adminToken(request)
  const created = await request.post(`${cms}/api/news?draft=true`, {
    headers: { authorization: `JWT ${token}` },
    data: { title: 'Bản nháp: lịch tiếp công dân tháng 12', publishedDate: '2026-11-27', summary: 'Nội dung chưa công bố.', _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number; slug: string } }

  await page.goto(`${cms}/admin/login`)
  await page.getByLabel(/email/i).fill(admin.email)
  await page.getByLabel(/mật khẩu/i).fill(admin.password)
  await page.getByRole('button', { name: /đăng nhập/i }).click()
  await page.waitForURL(`${cms}/admin`)
  await page.goto(`${cms}/admin/collections/news/${doc.id}`)
  const [preview] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Bản xem trước' }).click()])
  await preview.waitForLoadState()
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Bản nháp: lịch tiếp công dân tháng 12')
  await expect(preview.getByRole('note').first()).toContainText('Bản xem trước')

  expect((await request.get(`/tin-tuc/${doc.slug}`)).status()).toBe(404)
  const forged = new URL(preview.url())
  forged.searchParams.set('id', String(doc.id + 1000))
  expect((await request.get(forged.pathname + forged.search)).status()).toBe(403)
})
