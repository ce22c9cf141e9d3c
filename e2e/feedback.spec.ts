import fs from 'node:fs'
import path from 'node:path'
import { isTrackingCode, newTrackingCode, parseTrackingCode } from '@congkhai/contracts/tracking-code'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { sampleFiles } from '../cms/src/testing/sampleFiles'
import { hostilePayloads } from './hostilePayloads'
import { admin, adminHeaders, published } from './support'

const cms = e2eEnv.CMS_URL
let clients = 0
/** A fresh client address (the e2e site trusts X-Forwarded-For, as behind the reverse proxy), so rate limits apply per test. */
const client = () => ({ 'x-forwarded-for': `198.51.${Math.floor(++clients / 250)}.${clients % 250}` })

/** Form tokens from served forms (each form its own, each spent by one submission), old enough to pass the minimum fill time. */
async function formTokens(request: APIRequestContext, count: number): Promise<string[]> {
  const tokens: string[] = []
  for (let i = 0; i < count; i++) {
    const html = await (await request.get('/gop-y', { headers: client() })).text()
    const token = /name="formToken" value="([^"]+)"/.exec(html)?.[1]
    expect(token).toBeTruthy()
    tokens.push(token!)
  }
  await new Promise((r) => setTimeout(r, 1100))
  return tokens
}

/** One form token, old enough to pass the minimum fill time. */
const formToken = async (request: APIRequestContext) => (await formTokens(request, 1))[0]!

/** A tracking code in a link or a page: `GY-` and three groups of five Crockford digits. */
const CODE = /GY-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}/

const valid = (token: string, over: Record<string, unknown> = {}) => ({
  kind: 'hoi-dap',
  name: 'Lê Thị Cúc',
  email: 'cuc@example.vn',
  title: 'Hỏi về thời hạn cấp hộ chiếu công vụ',
  content: 'Xin hỏi thời hạn giải quyết hồ sơ đề nghị cấp hộ chiếu công vụ là bao nhiêu ngày làm việc?',
  consent: true,
  formToken: token,
  ...over,
})

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

test.describe('attachments', () => {
  const file = (name: string, bytes: Uint8Array, mimeType = 'application/pdf') => ({ name, mimeType, buffer: Buffer.from(bytes) })

  /** A multipart post of the form's fields and files, as a browser sends it. */
  function multipart(token: string, files: { name: string; mimeType: string; buffer: Buffer<ArrayBuffer> }[], over: Record<string, string> = {}) {
    const form = new FormData()
    for (const [k, v] of Object.entries({ ...valid(token), consent: 'on', ...over })) form.set(k, String(v))
    for (const f of files) form.append('attachments', new Blob([f.buffer], { type: f.mimeType }), f.name)
    return form
  }

  test('without JavaScript: sent with the form, stored privately in the CMS, downloadable by staff only, never on the look-up page', async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: client() })
    const page = await context.newPage()
    await page.goto('/gop-y')
    await expect(page.getByText('PDF, JPG hoặc PNG; tối đa 3 tệp, mỗi tệp không quá 5 MB, tổng cộng không quá 10 MB.')).toBeVisible()
    await page.getByLabel('Họ và tên').fill('Hoàng Thị Lan')
    await page.getByLabel('Thư điện tử').fill('lan@example.vn')
    await page.getByLabel('Tiêu đề').fill('Gửi kèm giấy tờ về hồ sơ hộ chiếu')
    await page.getByLabel('Nội dung góp ý').fill('Tôi gửi kèm đơn và ảnh chụp giấy hẹn trả kết quả hồ sơ hộ chiếu.')
    await page.getByRole('checkbox', { name: /Tôi đồng ý/ }).check()
    await page.getByLabel('Tệp đính kèm').setInputFiles([file('Đơn đề nghị.pdf', sampleFiles.pdf), file('giấy hẹn.jpg', sampleFiles.jpeg, 'image/jpeg')])
    await page.waitForTimeout(1100) // past FEEDBACK_MIN_FILL_SECONDS, or the form is taken for a bot's
    await page.getByRole('button', { name: 'Gửi góp ý' }).click()
    await expect(page).toHaveURL(new RegExp(`/gop-y/da-gui\\?ma=${CODE.source}$`))
    const code = (await page.locator('.tracking-code').textContent())!

    const headers = await adminHeaders(request)
    type Stored = { attachments: { url: string; originalName: string; mimeType: string }[] }
    const find = async () => ((await (await request.get(`${cms}/api/feedback?where[code][equals]=${code}&depth=1`, { headers })).json()) as { docs: Stored[] }).docs[0]
    await expect.poll(async () => (await find())?.attachments.length ?? 0, { timeout: 30_000 }).toBe(2)
    const { attachments } = (await find())!
    expect(attachments.map((a) => [a.originalName, a.mimeType])).toEqual([['Đơn đề nghị.pdf', 'application/pdf'], ['giấy hẹn.jpg', 'image/jpeg']])
    const url = new URL(attachments[0]!.url, cms).href
    const anonymous = await request.get(url)
    expect(anonymous.status()).toBe(403)
    expect(await anonymous.text()).not.toContain('%PDF')
    const staff = await request.get(url, { headers })
    expect(staff.status()).toBe(200)
    expect(Buffer.from(await staff.body()).equals(Buffer.from(sampleFiles.pdf))).toBe(true)
    // Not a public file anywhere on the site either.
    expect((await request.get(`/media/${url.split('/').pop()}`)).status()).toBe(404)

    await page.goto(`/tra-cuu-gop-y?ma=${code}`)
    await expect(page.locator('main')).toContainText('Mới tiếp nhận')
    for (const hidden of ['Đơn đề nghị', 'giấy hẹn', '.pdf', '.jpg', 'feedback-attachments']) expect(await page.content()).not.toContain(hidden)
    await context.close()
  })

  test('refused with a Vietnamese message and a 4xx, never a 5xx: a disguised file, too large, too many', async ({ request, browser }) => {
    const token = await formToken(request)
    const post = (form: FormData) => request.post('/api/feedback', { headers: { ...client(), origin: e2eEnv.SITE_URL, accept: 'application/json' }, multipart: form, maxRedirects: 0 })
    const errorOf = async (res: Awaited<ReturnType<typeof post>>) => ((await res.json()) as { errors: { attachments: string } }).errors.attachments

    // A program renamed to .pdf (and declared as a PDF) is not a PDF.
    const disguised = await post(multipart(token, [file('ho-so.pdf', sampleFiles.exe)]))
    expect(disguised.status()).toBe(400)
    expect(await errorOf(disguised)).toBe('Tệp “ho-so.pdf” không phải PDF, JPG hoặc PNG thật; chỉ nhận các loại tệp này.')
    const big = new Uint8Array(5 * 1024 * 1024 + 1)
    big.set(sampleFiles.pdf)
    const tooBig = await post(multipart(token, [file('lon.pdf', big)]))
    expect(tooBig.status()).toBe(413)
    expect(await errorOf(tooBig)).toBe('Tệp “lon.pdf” lớn hơn 5 MB; vui lòng chọn tệp nhỏ hơn.')
    const tooMany = await post(multipart(token, [1, 2, 3, 4].map((n) => file(`anh-${n}.png`, sampleFiles.png, 'image/png'))))
    expect(tooMany.status()).toBe(413)
    expect(await errorOf(tooMany)).toBe('Chỉ được đính kèm tối đa 3 tệp.')
    const fourMb = new Uint8Array(4 * 1024 * 1024)
    fourMb.set(sampleFiles.pdf)
    const tooMuch = await post(multipart(token, [1, 2, 3].map((n) => file(`phan-${n}.pdf`, fourMb))))
    expect(tooMuch.status()).toBe(413)
    expect(await errorOf(tooMuch)).toContain('tối đa 10 MB')

    // Without JavaScript the form comes back with the message beside the field, and what was typed.
    const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: client() })
    const page = await context.newPage()
    await page.goto('/gop-y')
    await page.getByLabel('Họ và tên').fill('Vũ Văn Minh')
    await page.getByLabel('Số điện thoại').fill('0905 111 222')
    await page.getByLabel('Tiêu đề').fill('Góp ý kèm tệp không hợp lệ')
    await page.getByLabel('Nội dung góp ý').fill('Nội dung góp ý đủ dài để được chấp nhận khi tệp hợp lệ.')
    await page.getByRole('checkbox', { name: /Tôi đồng ý/ }).check()
    await page.getByLabel('Tệp đính kèm').setInputFiles([file('ho-so.pdf', sampleFiles.exe)])
    // Forms sent faster than a person could fill them are taken for bots (FEEDBACK_MIN_FILL_SECONDS=1 in e2e).
    await page.waitForTimeout(1100)
    const answer = page.waitForResponse((res) => res.url().endsWith('/api/feedback'))
    await page.getByRole('button', { name: 'Gửi góp ý' }).click()
    expect((await answer).status()).toBe(400)
    await expect(page.getByRole('alert')).toContainText('không phải PDF, JPG hoặc PNG thật')
    await expect(page.locator('#attachments-error')).toContainText('ho-so.pdf')
    await expect(page.getByLabel('Tiêu đề')).toHaveValue('Góp ý kèm tệp không hợp lệ')
    await context.close()
  })

  test('with JavaScript: a wrong file is flagged as soon as it is chosen, and not uploaded', async ({ page }) => {
    await page.goto('/gop-y')
    const input = page.getByLabel('Tệp đính kèm')
    await input.setInputFiles([file('ho-so.pdf', sampleFiles.exe)])
    await expect(page.locator('#attachments-error')).toHaveText('Tệp “ho-so.pdf” không phải PDF, JPG hoặc PNG thật; chỉ nhận các loại tệp này.')
    await expect(input).toHaveAttribute('aria-invalid', 'true')
    await input.setInputFiles([1, 2, 3, 4].map((n) => file(`anh-${n}.png`, sampleFiles.png, 'image/png')))
    await expect(page.locator('#attachments-error')).toHaveText('Chỉ được đính kèm tối đa 3 tệp.')
    let posted = false
    page.on('request', (req) => void (req.url().endsWith('/api/feedback') && (posted = true)))
    await page.getByRole('button', { name: 'Gửi góp ý' }).click()
    await expect(input).toBeFocused()
    expect(posted).toBe(false)
    await input.setInputFiles([file('don.pdf', sampleFiles.pdf)])
    await expect(page.locator('#attachments-error')).toBeHidden()
    await expect(input).not.toHaveAttribute('aria-invalid')
  })
})

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
    await page.goto(`${cms}/admin/collections/feedback?limit=100`)
    await expect(page.getByRole('row').filter({ hasText: title }).locator('.feedback-overdue')).toHaveText('05/01/2026 · quá hạn')
  })
})
