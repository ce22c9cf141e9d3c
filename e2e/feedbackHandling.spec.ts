import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { client, formToken, valid } from './feedbackForm'
import { admin, adminHeaders, published } from './support'

const cms = e2eEnv.CMS_URL

test.describe('handling and answers', () => {
  test('an answered item: emailed, shown by tracking code, published as a question without personal data, found by search and suggested on the form', async ({ request, page }) => {
    test.setTimeout(240_000)
    const token = await formToken(request)
    const title = `Hỏi về lệ phí hợp pháp hóa lãnh sự ${Date.now() % 100000}`
    const sent = await request.post('/api/feedback', {
      headers: client(),
      data: valid(token, { title, name: 'Trương Văn Em', email: 'em@example.vn', content: 'Tôi là Trương Văn Em, điện thoại 0987 654 321. Lệ phí hợp pháp hóa lãnh sự giấy tờ là bao nhiêu?' }),
    })
    expect(sent.status()).toBe(201)
    const { code } = (await sent.json()) as { code: string }
    const headers = await adminHeaders(request)
    const find = async () => ((await (await request.get(`${cms}/api/feedback?where[code][equals]=${code}&depth=0`, { headers })).json()) as { docs: { id: number }[] }).docs[0]
    await expect.poll(async () => Boolean(await find()), { timeout: 30_000 }).toBe(true)
    const { id } = (await find())!

    expect((await request.patch(`${cms}/api/feedback/${id}`, { headers, data: { status: 'dang-xu-ly' } })).ok()).toBeTruthy()
    const answer = 'Lệ phí hợp pháp hóa lãnh sự là 30.000 đồng/bản theo Thông tư 264/2016/TT-BTC.'
    const answered = await request.patch(`${cms}/api/feedback/${id}`, { headers, data: { status: 'da-tra-loi', answer, publishAsQuestion: true } })
    expect(answered.ok()).toBeTruthy()

    const mail = fs.readFileSync(path.join(e2eEnv.DATA_DIR, 'mail.log'), 'utf8')
    expect(mail).toContain(`Trả lời góp ý ${code}`)
    expect(mail).toContain('em@example.vn')

    // By code alone: the status and dates, not the answer; with the sender's email (any case), the answer.
    await page.goto(`/tra-cuu-gop-y?ma=${code}`)
    await expect(page.locator('main')).toContainText('Đã trả lời')
    await expect(page.locator('main')).toContainText('Cơ quan đã trả lời góp ý này.')
    await expect(page.locator('.answer')).toHaveCount(0)
    await page.getByLabel('Thư điện tử hoặc số điện thoại đã dùng khi gửi').fill('khac@example.vn')
    await page.getByRole('button', { name: 'Xem trả lời' }).click()
    await expect(page.locator('#lien-he-error')).toContainText('không khớp')
    await expect(page.locator('.answer')).toHaveCount(0)
    await page.getByLabel('Thư điện tử hoặc số điện thoại đã dùng khi gửi').fill('EM@example.vn')
    await page.getByRole('button', { name: 'Xem trả lời' }).click()
    await expect(page.locator('.answer')).toHaveText(answer)
    await expect(page.locator('main')).not.toContainText('Trương Văn Em')
    expect(page.url()).not.toContain('example.vn')

    await published(request)
    await page.goto('/en/')
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Q&A' }).click()
    await expect(page).toHaveURL(/\/en\/hoi-dap$/)
    await page.goto('/')
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hỏi đáp' }).click()
    await expect(page).toHaveURL(/\/hoi-dap$/)
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hỏi đáp' })).toHaveAttribute('aria-current', 'page')
    await page.getByRole('link', { name: title }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.locator('main')).toContainText(answer)
    for (const personal of ['Trương Văn Em', '0987 654 321']) await expect(page.locator('main')).not.toContainText(personal)
    await expect(page.locator('main')).toContainText('Tôi là […], điện thoại […].')
    expect((await page.goto(page.url().replace('/hoi-dap/', '/en/hoi-dap/')))?.status()).toBe(200)

    const search = (await (await request.get(`/api/search?type=question&q=${encodeURIComponent('hop phap hoa lanh su')}`)).json()) as { hits: { title: string }[] }
    expect(search.hits.map((h) => h.title)).toContain(title)
    await page.goto('/gop-y')
    await page.getByLabel('Tiêu đề').pressSequentially('lệ phí hợp pháp hóa', { delay: 20 })
    await expect(page.locator('#suggestions').getByRole('link', { name: title })).toBeVisible()
  })

  test('overdue items are marked in the admin list', async ({ request, page }) => {
    const token = await formToken(request)
    const title = `Góp ý quá hạn ${Date.now() % 100000}`
    const { code } = (await (await request.post('/api/feedback', { headers: client(), data: valid(token, { title }) })).json()) as { code: string }
    const headers = await adminHeaders(request)
    let id = 0
    await expect.poll(async () => {
      id = ((await (await request.get(`${cms}/api/feedback?where[code][equals]=${code}&depth=0`, { headers })).json()) as { docs: { id: number }[] }).docs[0]?.id ?? 0
      return id
    }, { timeout: 30_000 }).toBeGreaterThan(0)
    expect((await request.patch(`${cms}/api/feedback/${id}`, { headers, data: { dueDate: '2026-01-05T16:59:59.999Z' } })).ok()).toBeTruthy()
    await page.goto(`${cms}/admin/login`)
    await page.getByLabel(/email/i).fill(admin.email)
    await page.getByLabel(/mật khẩu/i).fill(admin.password)
    await page.getByRole('button', { name: /đăng nhập/i }).click()
    await page.waitForURL(`${cms}/admin`)
    // The columns named: a list's columns are the admin's saved preference, which other specs change.
    const columns = encodeURIComponent(JSON.stringify(['code', 'title', 'kind', 'status', 'assignee', 'dueDate']))
    await page.goto(`${cms}/admin/collections/feedback?limit=100&columns=${columns}`)
    await expect(page.getByRole('row').filter({ hasText: title }).locator('.feedback-overdue')).toHaveText('05/01/2026 · quá hạn')
  })
})
