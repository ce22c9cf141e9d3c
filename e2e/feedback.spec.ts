import { isTrackingCode, newTrackingCode, parseTrackingCode } from '@congkhai/contracts/tracking-code'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { client, CODE, formToken, formTokens, valid } from './feedbackForm'
import { hostilePayloads } from './hostilePayloads'
import { admin, adminHeaders } from './support'

const cms = e2eEnv.CMS_URL

/** Stored feedback with these codes, as the CMS admin sees it. */
async function storedCodes(request: APIRequestContext, codes: string[]): Promise<string[]> {
  const headers = await adminHeaders(request)
  const found: string[] = []
  // A comma-separated list, in small chunks: indexed query arrays longer than 20 are not read as arrays.
  for (let i = 0; i < codes.length; i += 20) {
    const res = await request.get(`${cms}/api/feedback?where[code][in]=${codes.slice(i, i + 20).join(',')}&limit=100&depth=0`, { headers })
    found.push(...((await res.json()) as { docs: { code: string }[] }).docs.map((d) => d.code))
  }
  return found
}

/** Fails the test if anything a citizen typed ran as script or became markup on the page. */
async function expectNoInjectedMarkup(page: Page) {
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined()
  await expect(page.locator('[data-xss]')).toHaveCount(0)
}

test.describe('feedback intake', () => {
  test('without JavaScript: a form post gets a tracking code, and the look-up shows its status but nothing personal', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: client() })
    const page = await context.newPage()
    await page.goto('/gop-y')
    await expect(page.getByRole('note')).toContainText('Luật Khiếu nại')
    await expect(page.getByText('Nghị định 13/2023/NĐ-CP')).toBeVisible()
    await page.getByRole('radio', { name: 'Phản ánh' }).check()
    await page.getByLabel('Họ và tên').fill('Phạm Văn Đức')
    await page.getByLabel('Số điện thoại').fill('0912 345 678')
    await page.getByLabel('Tiêu đề').fill('Phản ánh thời gian chờ tại bộ phận một cửa')
    await page.getByLabel('Nội dung góp ý').fill('Sáng thứ Hai tôi phải chờ hơn hai giờ tại bộ phận một cửa để nộp hồ sơ.')
    await page.getByRole('button', { name: 'Gửi góp ý' }).click()
    await expect(page.getByRole('alert')).toContainText('Vui lòng đánh dấu đồng ý')
    await expect(page.getByLabel('Tiêu đề')).toHaveValue('Phản ánh thời gian chờ tại bộ phận một cửa')
    await page.getByRole('checkbox', { name: /Tôi đồng ý/ }).check()
    await page.waitForTimeout(1100) // past FEEDBACK_MIN_FILL_SECONDS, or the form is taken for a bot's
    await page.getByRole('button', { name: 'Gửi góp ý' }).click()
    await expect(page).toHaveURL(new RegExp(`/gop-y/da-gui\\?ma=${CODE.source}$`))
    const code = (await page.locator('.tracking-code').textContent())!
    expect(isTrackingCode(code)).toBe(true)

    await page.getByRole('link', { name: 'Tra cứu góp ý' }).click()
    await expect(page.getByRole('heading', { name: `Góp ý ${code}` })).toBeVisible()
    await expect(async () => {
      await page.reload()
      await expect(page.locator('main')).toContainText('Mới tiếp nhận', { timeout: 1000 })
    }).toPass({ timeout: 30_000 })
    await expect(page.locator('main')).toContainText('Phản ánh')
    for (const personal of ['Phạm Văn Đức', '0912', 'hai giờ']) await expect(page.locator('main')).not.toContainText(personal)

    // The answer and reasons need the contact it was sent with, posted by a plain form: never in the URL.
    await page.getByLabel('Thư điện tử hoặc số điện thoại đã dùng khi gửi').fill('0912 000 000')
    await page.getByRole('button', { name: 'Xem trả lời' }).click()
    await expect(page.locator('#lien-he-error')).toContainText('không khớp với góp ý này')
    await expect(page.getByRole('heading', { name: `Góp ý ${code}` })).toBeVisible()
    expect(page.url()).not.toContain('0912')
    await page.getByLabel('Thư điện tử hoặc số điện thoại đã dùng khi gửi').fill('+84 912 345 678')
    await page.getByRole('button', { name: 'Xem trả lời' }).click()
    await expect(page.getByRole('heading', { name: `Góp ý ${code}` })).toBeVisible()
    await expect(page.locator('#lien-he-error')).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Xem trả lời' })).toHaveCount(0)
    expect(page.url()).not.toContain('912')
    await context.close()
  })

  test('with JavaScript: fields are checked as they are left', async ({ page }) => {
    await page.goto('/gop-y')
    await page.getByLabel('Họ và tên').focus()
    await page.getByLabel('Thư điện tử').focus()
    await expect(page.locator('#name-error')).toHaveText('Vui lòng nhập mục này.')
    await page.getByLabel('Thư điện tử').fill('khong-phai-email')
    await page.getByLabel('Số điện thoại').focus()
    await expect(page.locator('#email-error')).toContainText('Thư điện tử không hợp lệ')
    await expect(page.getByLabel('Thư điện tử')).toHaveAttribute('aria-invalid', 'true')
    await page.getByLabel('Họ và tên').fill('Nguyễn Thị Hoa')
    await page.getByLabel('Thư điện tử').focus()
    await expect(page.locator('#name-error')).toBeHidden()
    expect(page.url()).toMatch(/\/gop-y$/)
  })

  test('JSON: field-level Vietnamese errors with 400; too large 413; cross-origin 403; a few posts a minute, then 429', async ({ request }) => {
    const [token, ...more] = await formTokens(request, 8)
    if (!token) throw new Error('no token')
    const bad = await request.post('/api/feedback', { headers: client(), data: valid(token, { email: 'sai', title: '', consent: false }) })
    expect(bad.status()).toBe(400)
    expect(((await bad.json()) as { errors: Record<string, string> }).errors).toEqual({
      email: 'Thư điện tử không hợp lệ, ví dụ: ten@example.vn.',
      title: 'Vui lòng nhập tiêu đề.',
      consent: 'Vui lòng đánh dấu đồng ý để cơ quan được xử lý thông tin cá nhân của bạn.',
    })
    const huge = await request.post('/api/feedback', { headers: client(), data: valid(token, { content: 'x'.repeat(17 * 1024) }) })
    expect(huge.status()).toBe(413)
    const cross = await request.post('/api/feedback', { headers: { ...client(), origin: 'https://evil.example' }, data: valid(token) })
    expect(cross.status()).toBe(403)
    const crossForm = await request.post('/api/feedback', { headers: { ...client(), origin: 'https://evil.example' }, form: valid(token) })
    expect(crossForm.status()).toBe(403)
    const fetchSite = await request.post('/api/feedback', { headers: { ...client(), 'sec-fetch-site': 'cross-site' }, data: valid(token) })
    expect(fetchSite.status()).toBe(403)

    const one = client()
    const statuses = []
    for (let i = 0; i < 7; i++) statuses.push((await request.post('/api/feedback', { headers: one, data: valid(more[i]!, { title: `Góp ý số ${i} từ một địa chỉ` }) })).status())
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429])
    const limited = await request.post('/api/feedback', { headers: one, data: valid(more[6]!) })
    expect(limited.headers()['retry-after']).toMatch(/^\d+$/)
    // A browser's form post over the limit gets the form back with the reason and what was typed, not a page of JSON.
    const form = await request.post('/api/feedback', { headers: { ...one, origin: e2eEnv.SITE_URL }, form: valid(more[6]!, { title: 'Góp ý gửi quá nhiều lần' }) })
    expect(form.status()).toBe(429)
    expect(form.headers()['content-type']).toMatch(/^text\/html/)
    const html = await form.text()
    expect(html).toContain('Bạn đã gửi quá nhiều lần')
    expect(html).toContain('value="Góp ý gửi quá nhiều lần"')
  })

  test('a filled honeypot or a form sent too fast looks accepted, with a code like any other, but is stored nowhere', async ({ request }) => {
    const [token, trapToken] = await formTokens(request, 2)
    const trap = await request.post('/api/feedback', { headers: client(), data: valid(trapToken!, { website: 'http://spam.example' }) })
    expect(trap.status()).toBe(201)
    const html = await (await request.get('/gop-y', { headers: client() })).text()
    const fresh = /name="formToken" value="([^"]+)"/.exec(html)![1]!
    const fast = await request.post('/api/feedback', { headers: client(), data: valid(fresh) })
    expect(fast.status()).toBe(201)
    const real = await request.post('/api/feedback', { headers: client(), data: valid(token!) })
    const codes = await Promise.all([trap, fast, real].map(async (r) => ((await r.json()) as { code: string }).code))
    codes.forEach((code) => expect(isTrackingCode(code), code).toBe(true))
    await expect.poll(() => storedCodes(request, codes), { timeout: 30_000 }).toEqual([codes[2]])

    // A bot learns nothing from a look-up: a dropped submission's code answers exactly like a code nobody holds.
    const lookUp = async (code: string) => {
      const res = await request.get(`/tra-cuu-gop-y?ma=${code}`, { headers: client() })
      return { status: res.status(), main: /<main[\s\S]*<\/main>/.exec(await res.text())![0].replaceAll(code, 'CODE') }
    }
    const dropped = await lookUp(codes[0]!)
    expect(dropped.status).toBe(404)
    expect(dropped).toEqual(await lookUp(codes[1]!))
    expect(dropped).toEqual(await lookUp(newTrackingCode()))
  })

  test('codes are random, not a sequence (issue 18, hole 4): two submissions in a row share no pattern', async ({ request }) => {
    const tokens = await formTokens(request, 2)
    const codes: string[] = []
    for (const token of tokens) codes.push(((await (await request.post('/api/feedback', { headers: client(), data: valid(token) })).json()) as { code: string }).code)
    const [a, b] = codes.map((c) => c.replaceAll('-', '').slice(2, 16))
    // Two random codes agree in a position one time in 32: 14 positions, so almost all differ.
    const same = [...a!].filter((c, i) => c === b![i]).length
    expect(same).toBeLessThan(6)
    await expect.poll(() => storedCodes(request, codes), { timeout: 30_000 }).toHaveLength(2)
  })

  test('a form token is spent by one submission: sending the same form again is refused in Vietnamese and stores nothing', async ({ request, browser }) => {
    const [token, trapToken] = await formTokens(request, 2)
    const first = await request.post('/api/feedback', { headers: client(), data: valid(token!, { title: 'Lần gửi đầu tiên của một biểu mẫu' }) })
    expect(first.status()).toBe(201)
    const again = await request.post('/api/feedback', { headers: client(), data: valid(token!, { title: 'Gửi lại cùng biểu mẫu' }) })
    expect(again.status()).toBe(409)
    expect(((await again.json()) as { error: string }).error).toContain('Biểu mẫu này đã được gửi rồi')
    // A dropped submission spends its token too.
    expect((await request.post('/api/feedback', { headers: client(), data: valid(trapToken!, { website: 'x' }) })).status()).toBe(201)
    expect((await request.post('/api/feedback', { headers: client(), data: valid(trapToken!) })).status()).toBe(409)
    const headers = await adminHeaders(request)
    const titled = async (title: string) => ((await (await request.get(`${cms}/api/feedback?where[title][equals]=${encodeURIComponent(title)}&depth=0`, { headers })).json()) as { totalDocs: number }).totalDocs
    await expect.poll(() => titled('Lần gửi đầu tiên của một biểu mẫu'), { timeout: 30_000 }).toBe(1)
    expect(await titled('Gửi lại cùng biểu mẫu')).toBe(0)

    // Without JavaScript: the browser's back button and a second click on "send" get the form again, with the message,
    // and a form that sends at once (the browser restores the token and some fields, not those with autocomplete off).
    const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: client() })
    const page = await context.newPage()
    await page.goto('/gop-y')
    await page.getByLabel('Họ và tên').fill('Đỗ Thị Hạnh')
    await page.getByLabel('Thư điện tử').fill('hanh@example.vn')
    await page.getByLabel('Tiêu đề').fill('Góp ý gửi hai lần bằng nút quay lại')
    await page.getByLabel('Nội dung góp ý').fill('Nội dung góp ý đủ dài, gửi hai lần từ cùng một biểu mẫu.')
    await page.getByRole('checkbox', { name: /Tôi đồng ý/ }).check()
    await page.waitForTimeout(1100)
    await page.getByRole('button', { name: 'Gửi góp ý' }).click()
    await expect(page).toHaveURL(/\/gop-y\/da-gui/)
    await page.goBack()
    await page.getByRole('button', { name: 'Gửi góp ý' }).click()
    await expect(page.getByRole('alert')).toContainText('Biểu mẫu này đã được gửi rồi')
    await page.getByLabel('Họ và tên').fill('Đỗ Thị Hạnh')
    await page.getByLabel('Thư điện tử').fill('hanh@example.vn')
    await page.getByLabel('Tiêu đề').fill('Góp ý gửi hai lần bằng nút quay lại')
    await page.getByLabel('Nội dung góp ý').fill('Nội dung góp ý đủ dài, gửi hai lần từ cùng một biểu mẫu.')
    await page.getByRole('checkbox', { name: /Tôi đồng ý/ }).check()
    await page.getByRole('button', { name: 'Gửi góp ý' }).click()
    await expect(page).toHaveURL(/\/gop-y\/da-gui/)
    await expect.poll(() => titled('Góp ý gửi hai lần bằng nút quay lại'), { timeout: 30_000 }).toBe(2)
    await context.close()
  })

  test('look-ups: a malformed code 400, a mistyped one 400 saying so, an unknown one 404, then rate-limited', async ({ request }) => {
    const headers = client()
    expect((await request.get('/tra-cuu-gop-y?ma=%3Cscript%3E', { headers })).status()).toBe(400)
    const real = ((await (await request.post('/api/feedback', { headers: client(), data: valid(await formToken(request)) })).json()) as { code: string }).code
    const typo = real.slice(0, -2) + (real.at(-2) === 'A' ? 'B' : 'A') + real.at(-1)
    expect(parseTrackingCode(typo).ok).toBe(false)
    const mistyped = await request.get(`/tra-cuu-gop-y?ma=${typo.toLowerCase()}`, { headers })
    expect(mistyped.status()).toBe(400)
    expect(await mistyped.text()).toContain('có vẻ bị gõ nhầm')
    const unknown = await request.get('/en/tra-cuu-gop-y?ma=GY-2000-000001', { headers })
    expect(unknown.status()).toBe(404)
    expect(await unknown.text()).toContain('No feedback has this code.')
    let status = 0
    for (let i = 0; i < 30 && status !== 429; i++) status = (await request.get('/tra-cuu-gop-y?ma=GY-2000-000001', { headers })).status()
    expect(status).toBe(429)
    // Contact attempts count against the same limit.
    expect((await request.post('/tra-cuu-gop-y', { headers: { ...headers, origin: e2eEnv.SITE_URL }, form: { ma: real, 'lien-he': 'cuc@example.vn' } })).status()).toBe(429)
  })
})

test.describe('hostile input', () => {
  test('1,000+ malformed and malicious payloads: no 5xx, and nothing stored renders as markup, on the site or in the admin', async ({ request, page }) => {
    test.setTimeout(480_000)
    const payloads = hostilePayloads(await formTokens(request, 1200), 1200)
    expect(payloads.length).toBeGreaterThanOrEqual(1000)
    const results: { name: string; status: number }[] = []
    const accepted: string[] = []
    const discarded: string[] = []
    let next = 0
    await Promise.all(Array.from({ length: 4 }, async () => {
      while (next < payloads.length) {
        const p = payloads[next++]!
        // Browsers send Origin with every form post (Astro refuses form posts without a matching one).
        const headers = { origin: e2eEnv.SITE_URL, ...client(), ...p.headers }
        const res = await request.fetch('/api/feedback', { method: 'POST', headers, data: p.body, maxRedirects: 0 })
        results.push({ name: p.name, status: res.status() })
        if (res.status() === 201) (p.trap ? discarded : accepted).push(((await res.json()) as { code: string }).code)
        if (res.status() === 303) accepted.push(new RegExp(`ma=(${CODE.source})`).exec(res.headers().location ?? '')![1]!)
      }
    }))
    const serverErrors = results.filter((r) => r.status >= 500)
    expect(serverErrors, JSON.stringify(serverErrors.slice(0, 5))).toEqual([])
    const byStatus = Object.groupBy(results, (r) => String(r.status))
    console.log(`hostile input: ${results.length} payloads, ${Object.entries(byStatus).map(([s, rs]) => `${rs!.length}× ${s}`).join(', ')}`)
    expect(accepted.length).toBeGreaterThan(50)

    // Every accepted one reaches the CMS (delivered a few at a time; the CMS stores each in its own transaction).
    await expect.poll(async () => (await storedCodes(request, accepted)).length, { timeout: 300_000, intervals: [2000] }).toBe(accepted.length)
    expect(discarded.length).toBeGreaterThan(20)
    expect(await storedCodes(request, discarded)).toEqual([])

    page.on('dialog', (dialog) => {
      throw new Error(`a submission ran script: ${dialog.message()}`)
    })
    await page.goto(`${cms}/admin/login`)
    await page.getByLabel(/email/i).fill(admin.email)
    await page.getByLabel(/mật khẩu/i).fill(admin.password)
    await page.getByRole('button', { name: /đăng nhập/i }).click()
    await page.waitForURL(`${cms}/admin`)
    await page.goto(`${cms}/admin/collections/feedback?limit=100&sort=-receivedAt`)
    await expect(page.locator('table')).toContainText('<img')
    await expectNoInjectedMarkup(page)
    const headers = await adminHeaders(request)
    const { docs } = (await (await request.get(`${cms}/api/feedback?where[title][like]=data-xss&limit=1&depth=0`, { headers })).json()) as { docs: { id: number; code: string }[] }
    await page.goto(`${cms}/admin/collections/feedback/${docs[0]!.id}`)
    await expect(page.getByLabel('Tiêu đề')).toHaveValue(/data-xss/)
    await expectNoInjectedMarkup(page)

    await page.goto(`/tra-cuu-gop-y?ma=${docs[0]!.code}`)
    await expectNoInjectedMarkup(page)

    // Attachments' names are text too, in their own list.
    await page.goto(`${cms}/admin/collections/feedback-attachments?limit=100`)
    await expect(page.locator('table')).toContainText('data-xss')
    await expectNoInjectedMarkup(page)
  })
})
