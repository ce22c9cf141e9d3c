/**
 * The related procedure on the feedback form (issue 21): suggestions from search as the citizen types (the WAI-ARIA
 * combobox pattern), the chosen procedure sent by its code; without JavaScript a text field the CMS matches by code or
 * title, or keeps as typed; and a page that no longer carries the list of procedures.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page, type TestInfo } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { adminHeaders, publishHeaders } from './support'

const repoRoot = path.resolve(import.meta.dirname, '..')
const LABEL = 'Thủ tục liên quan (không bắt buộc)'
let clients = 0
/** A client address of its own (the e2e site trusts X-Forwarded-For), so the per-address limits never cut a test short. */
const client = () => ({ 'x-forwarded-for': `203.0.113.${++clients}` })

/** Fills the rest of the form as a citizen would, past the shortest time a person takes. */
async function fillTheRest(page: Page, title: string) {
  await page.getByLabel('Họ và tên').fill('Võ Thị Hạnh')
  await page.getByLabel('Thư điện tử').fill('hanh@example.vn')
  await page.getByLabel('Tiêu đề').fill(title)
  await page.getByLabel('Nội dung góp ý').fill('Đề nghị Sở hướng dẫn rõ hơn thành phần hồ sơ và thời hạn giải quyết của thủ tục này.')
  await page.getByRole('checkbox', { name: /Tôi đồng ý/ }).check()
  await page.waitForTimeout(1100)
}

/** The feedback the CMS stored under the tracking code the page was sent to, once the outbox has delivered it. */
async function stored(request: APIRequestContext, page: Page): Promise<{ procedure: { code: string } | null; procedureText: string | null }> {
  await expect(page).toHaveURL(/\/gop-y\/da-gui\?ma=GY-/)
  const code = new URL(page.url()).searchParams.get('ma')
  const headers = await adminHeaders(request)
  let doc: { procedure: { code: string } | null; procedureText: string | null } | undefined
  await expect
    .poll(async () => {
      const res = await request.get(`${e2eEnv.CMS_URL}/api/feedback?where[code][equals]=${code}&depth=1`, { headers })
      doc = ((await res.json()) as { docs: typeof doc[] }).docs[0]
      return Boolean(doc)
    }, { timeout: 30_000 })
    .toBe(true)
  return { procedure: doc!.procedure && { code: doc!.procedure.code }, procedureText: doc!.procedureText ?? null }
}

/** Runs the e2e helper that writes or removes procedures on the stack's database. */
async function manyProcedures(...args: string[]) {
  const { stdout } = await promisify(execFile)(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'e2e/manyProcedures.ts', ...args], { cwd: repoRoot, env: { ...process.env, ...e2eEnv }, timeout: 10 * 60_000 })
  console.log(stdout.trim().split('\n').at(-1))
}

/** Asks the site for one full publish and waits until it is live (full builds are counted apart from documents' events). */
async function publishAll(request: APIRequestContext) {
  const status = async () => (await (await request.get('/_internal/status')).json()) as { state: string; runs: { full: number } }
  const fullBuilds = (await status()).runs.full
  expect((await request.post('/_internal/publish', { headers: publishHeaders(), data: { full: true } })).ok()).toBe(true)
  await expect.poll(async () => {
    const s = await status()
    return s.state === 'idle' && s.runs.full > fullBuilds
  }, { timeout: 10 * 60_000, intervals: [1000, 2000] }).toBe(true)
}

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const file = testInfo.outputPath(`${name}.png`)
  await page.screenshot({ path: file })
  await testInfo.attach(name, { path: file, contentType: 'image/png' })
}

test('with the keyboard only: type, ArrowDown, Enter chooses a suggestion, and its code is what is sent', async ({ page, request }) => {
  await page.context().setExtraHTTPHeaders(client())
  await page.goto('/gop-y')
  await fillTheRest(page, 'Góp ý về thủ tục thẻ ABTC')
  const box = page.getByRole('combobox', { name: LABEL })
  await expect(box).toHaveAttribute('aria-expanded', 'false')
  await page.getByLabel('Địa chỉ (không bắt buộc)').focus()
  await page.keyboard.press('Tab')
  await expect(box).toBeFocused()

  await page.keyboard.type('the abtc')
  const listbox = page.getByRole('listbox', { name: LABEL })
  await expect(listbox).toBeVisible()
  await expect(box).toHaveAttribute('aria-expanded', 'true')
  await expect(box).toHaveAttribute('aria-controls', (await listbox.getAttribute('id'))!)
  const options = listbox.getByRole('option')
  const count = await options.count()
  expect(count).toBeGreaterThanOrEqual(2)
  await expect(page.locator('[data-procedure-combobox] [role=status]')).toHaveText(`${count} thủ tục phù hợp.`)
  // Typing chose nothing: no option is active, and Escape closes the list without touching the text.
  await expect(box).not.toHaveAttribute('aria-activedescendant')
  await page.keyboard.press('Escape')
  await expect(listbox).toBeHidden()
  await expect(box).toHaveValue('the abtc')

  await page.keyboard.press('ArrowDown')
  await expect(listbox).toBeVisible()
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(0).getAttribute('id'))!)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  const second = options.nth(1)
  await expect(second).toHaveAttribute('aria-selected', 'true')
  await expect(box).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!)
  await expect(options.and(page.locator('[aria-selected]'))).toHaveCount(1)
  const [code, title] = (await second.textContent())!.split(' · ')
  await page.keyboard.press('Enter')

  // Enter chose: the form was not sent, the list closed, focus stayed, and the code went into the hidden field.
  await expect(page).toHaveURL(/\/gop-y$/)
  await expect(listbox).toBeHidden()
  await expect(box).toHaveAttribute('aria-expanded', 'false')
  await expect(box).toBeFocused()
  await expect(box).toHaveValue(`${code} · ${title}`)
  await expect(page.locator('input[type=hidden][name=procedure]')).toHaveValue(code!)
  await page.getByRole('button', { name: 'Gửi góp ý' }).focus()
  await page.keyboard.press('Enter')
  expect(await stored(request, page)).toEqual({ procedure: { code }, procedureText: null })
})

test('with JavaScript: changing the text after a choice undoes it; a text never chosen is sent as text', async ({ page, request }) => {
  await page.context().setExtraHTTPHeaders(client())
  await page.goto('/en/gop-y')
  await page.getByLabel('Full name').fill('Hanh Vo')
  await page.getByLabel('Email').fill('hanh@example.vn')
  await page.getByLabel('Subject').fill('About a procedure I cannot find')
  await page.getByLabel('Your feedback').fill('I could not find the procedure for this on the portal; please tell me where it is.')
  await page.getByRole('checkbox', { name: /I agree/ }).check()
  const box = page.getByRole('combobox', { name: 'Related procedure (optional)' })
  await box.pressSequentially('abtc', { delay: 30 })
  await expect(page.locator('[data-procedure-combobox] [role=status]')).toHaveText(/^\d+ matching procedures?\.$/)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.locator('input[type=hidden][name=procedure]')).not.toHaveValue('')
  await box.press('End')
  await box.pressSequentially(' xyz qwv', { delay: 30 })
  await expect(page.locator('input[type=hidden][name=procedure]')).toHaveValue('')
  await box.fill('qzxv wrtp')
  await expect(page.locator('[data-procedure-combobox] [role=status]')).toHaveText('No matching procedure; what you type is still sent with your feedback.')
  await expect(page.getByRole('listbox')).toBeHidden()
  // Suggested, but none chosen: the text is what is sent.
  await box.fill('giấy tờ gì đó ở phường không rõ tên')
  await expect(page.getByRole('listbox')).toBeVisible()
  await box.press('Escape')
  await expect(page.getByRole('listbox')).toBeHidden()
  await page.waitForTimeout(1100)
  await page.getByRole('button', { name: 'Send feedback' }).click()
  await expect(page).toHaveURL(/\/en\/gop-y\/da-gui\?ma=GY-/)
  expect(await stored(request, page)).toEqual({ procedure: null, procedureText: 'giấy tờ gì đó ở phường không rõ tên' })
})

test('without JavaScript: a plain text field; a code or a title links the procedure, other text is kept, nothing is refused', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: client() })
  const page = await context.newPage()
  const send = async (typed: string) => {
    await page.goto('/gop-y')
    await expect(page.getByRole('combobox')).toHaveCount(0)
    await page.getByRole('textbox', { name: LABEL }).fill(typed)
    await fillTheRest(page, 'Góp ý về chứng nhận lãnh sự')
    await page.getByRole('button', { name: 'Gửi góp ý' }).click()
    return stored(request, page)
  }
  const procedure = { code: '1.003866' }
  expect(await send('1.003866')).toEqual({ procedure, procedureText: '1.003866' })
  // The seed's title, typed without marks and in capitals.
  expect(await send('TIEP NHAN HO SO CHUNG NHAN LANH SU, HOP PHAP HOA LANH SU')).toEqual({ procedure, procedureText: 'TIEP NHAN HO SO CHUNG NHAN LANH SU, HOP PHAP HOA LANH SU' })
  expect(await send('thủ tục xin dấu ở phường')).toEqual({ procedure: null, procedureText: 'thủ tục xin dấu ở phường' })

  // A form sent back with errors keeps what was typed.
  await page.goto('/gop-y')
  await page.getByRole('textbox', { name: LABEL }).fill('hợp pháp hoá lãnh sự')
  await page.getByRole('button', { name: 'Gửi góp ý' }).click()
  await expect(page.getByRole('alert')).toContainText('Vui lòng nhập họ và tên.')
  await expect(page.getByRole('textbox', { name: LABEL })).toHaveValue('hợp pháp hoá lãnh sự')
  await context.close()
})

for (const locale of ['vi', 'en'] as const) {
  test(`axe with the list of suggestions open (${locale}), and screenshots at 320, 768 and 1280 px`, async ({ page }, testInfo) => {
    await page.goto(locale === 'vi' ? '/gop-y' : '/en/gop-y')
    const box = page.getByRole('combobox')
    await box.pressSequentially(locale === 'vi' ? 'hộ chiếu' : 'receipt', { delay: 30 })
    await expect(page.getByRole('listbox')).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expectNoViolations(page)
    for (const width of [320, 768, 1280]) {
      await page.setViewportSize({ width, height: width === 320 ? 640 : 900 })
      await expect(page.getByRole('listbox')).toBeVisible()
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, `no sideways scrolling at ${width} px`).toBeLessThanOrEqual(0)
      // The field's label at the top, as much of the list as fits below it.
      await page.locator('#procedureText-label').evaluate((label) => label.scrollIntoView({ block: 'start' }))
      await attachScreenshot(page, testInfo, `procedure-combobox-${locale}-${width}`)
    }
  })
}

test('the form weighs the same with 2,650 more procedures: no list of them in the page, and the suggestions still find them', async ({ page, request }) => {
  test.setTimeout(20 * 60_000)
  const form = async () => ({ vi: await (await request.get('/gop-y', { headers: client() })).text(), en: await (await request.get('/en/gop-y', { headers: client() })).text() })
  const size = (html: string) => Buffer.byteLength(html)
  const before = await form()
  const word = 'zvq'
  try {
    await manyProcedures('add', word, '2650')
    await publishAll(request)
    const listed = (await (await request.get('/du-lieu/thu-tuc.json')).json()) as { count: number }
    expect(listed.count).toBeGreaterThanOrEqual(2650)

    const after = await form()
    console.log(`/gop-y: ${size(before.vi)} bytes with the demo's procedures, ${size(after.vi)} with ${listed.count}; /en/gop-y: ${size(before.en)}, ${size(after.en)}`)
    for (const html of [before.vi, before.en, after.vi, after.en]) expect(html).not.toContain('<option')
    // The same page but for its form token, whose length may differ by a character or two.
    expect(Math.abs(size(after.vi) - size(before.vi))).toBeLessThanOrEqual(16)
    expect(Math.abs(size(after.en) - size(before.en))).toBeLessThanOrEqual(16)
    expect(size(after.vi), 'within the 60 kB page budget').toBeLessThan(60 * 1024)

    await page.goto('/gop-y')
    await page.getByRole('combobox').pressSequentially(word, { delay: 30 })
    await expect(page.locator('[data-procedure-combobox] [role=status]')).toHaveText('Hiện 10 trong 2.650 thủ tục phù hợp; gõ thêm để thu hẹp.')
    await expect(page.getByRole('option')).toHaveCount(10)
  } finally {
    // The other specs expect the demo content only.
    await manyProcedures('remove', word)
    await publishAll(request)
  }
})
