import { sampleFiles } from '@congkhai/cms/testing'
import { expect, test } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { client, CODE, formToken, valid } from './feedbackForm'
import { adminHeaders } from './support'

const cms = e2eEnv.CMS_URL

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
