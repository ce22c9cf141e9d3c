/**
 * The admin as a Vietnamese editor reads it (issue 21): every date and time as `dd/MM/yyyy HH:mm` in Vietnam's time
 * (UTC+7), whatever the editor's computer is set to, and nothing asked of another server (Gravatar) on the way.
 *
 * The browser runs in UTC, as the computer the issue was seen on: Payload on its own wrote
 * "tháng 12 6 2026, 7:18 AM" there, the time in UTC.
 */
import { expect, test, type Page } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { admin, adminHeaders } from './support'

const cms = e2eEnv.CMS_URL

test.use({ timezoneId: 'UTC', locale: 'vi-VN', viewport: { width: 1366, height: 900 } })

const inVietnam = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
const inUtc = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** `06/12/2026 20:35`, computed here apart from the CMS's own code. */
function written(iso: string, format = inVietnam): string {
  const p = Object.fromEntries(format.formatToParts(new Date(iso)).map((part) => [part.type, part.value]))
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`
}
const day = (iso: string) => written(iso).slice(0, 10)

const DATE_TIME = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/

/** Signs the page in as the demo administrator and records every request that leaves the CMS. */
async function signIn(page: Page): Promise<string[]> {
  const outside: string[] = []
  page.context().on('request', (request) => {
    if (new URL(request.url()).origin !== cms) outside.push(request.url())
  })
  expect((await page.request.post(`${cms}/api/users/login`, { data: admin })).ok()).toBeTruthy()
  return outside
}

test('list columns and a document\'s times read dd/MM/yyyy HH:mm in Vietnam on a computer set to UTC', async ({ page, request }) => {
  const outside = await signIn(page)
  const headers = await adminHeaders(request)
  const { docs } = (await (await request.get(`${cms}/api/news?limit=1&sort=-updatedAt&depth=0`, { headers })).json()) as { docs: { id: number; title: string; updatedAt: string; createdAt: string; publishedDate: string }[] }
  const news = docs[0]!
  // Seven hours apart: a time written in the browser's zone would not pass.
  expect(written(news.updatedAt)).not.toBe(written(news.updatedAt, inUtc))

  const columns = encodeURIComponent(JSON.stringify(['title', 'publishedDate', 'updatedAt', 'createdAt']))
  await page.goto(`${cms}/admin/collections/news?limit=5&sort=-updatedAt&columns=${columns}`)
  const row = page.locator('table tbody tr').filter({ hasText: news.title }).first()
  await expect(row.locator('td').nth(2)).toHaveText(day(news.publishedDate))
  await expect(row.locator('td').nth(3)).toHaveText(written(news.updatedAt))
  await expect(row.locator('td').nth(4)).toHaveText(written(news.createdAt))
  await expect(row).not.toContainText(/\b[AP]M\b|tháng/)

  await page.goto(`${cms}/admin/collections/news/${news.id}`)
  const times = page.locator('.document-times')
  await expect(times).toContainText(`Chỉnh sửa lần cuối vào lúc: ${written(news.updatedAt)}`)
  await expect(times).toContainText(`Đã tạo: ${written(news.createdAt)}`)
  // Payload's own, in the browser's zone, is not shown.
  await expect(page.locator('.doc-controls__value-wrap').first()).toBeHidden()
  await expect(page.locator('.doc-controls')).not.toContainText(/\b[AP]M\b|tháng \d/)
  await expect(page.locator('#field-publishedDate input')).toHaveValue(day(news.publishedDate))

  // Its versions list: each version's time, Payload's own cell replaced at build time (AgencyVersionCell).
  const versions = (await (await request.get(`${cms}/api/news/versions?where[parent][equals]=${news.id}&sort=-updatedAt&limit=1&depth=0`, { headers })).json()) as { docs: { updatedAt: string }[] }
  const latest = versions.docs[0]!
  expect(written(latest.updatedAt)).not.toBe(written(latest.updatedAt, inUtc))
  await page.goto(`${cms}/admin/collections/news/${news.id}/versions`)
  const versionTime = page.locator('table tbody tr').first().locator('td').first()
  await expect(versionTime).toHaveText(written(latest.updatedAt))
  await expect(versionTime.locator('a')).toHaveAttribute('href', new RegExp(`/admin/collections/news/${news.id}/versions/\\w+`))
  // The version's own page: Payload writes its time on the server (header, breadcrumb), which runs in Vietnam's zone.
  await versionTime.locator('a').click()
  await expect(page.locator('.step-nav, .doc-header, main').first()).toContainText(written(latest.updatedAt))
  expect(outside).toEqual([])
})

test('a feedback\'s received-at stamp reads in Vietnam, in its list column and on the form', async ({ page, request }) => {
  const outside = await signIn(page)
  const html = await (await request.get('/gop-y', { headers: { 'x-forwarded-for': '198.51.200.21' } })).text()
  const formToken = /name="formToken" value="([^"]+)"/.exec(html)?.[1]
  expect(formToken).toBeTruthy()
  await new Promise((resolve) => setTimeout(resolve, 1100))
  const sent = await request.post('/api/feedback', {
    headers: { 'x-forwarded-for': '198.51.200.21' },
    data: { kind: 'gop-y', name: 'Trần Văn Giờ', email: 'gio@example.vn', title: 'Giờ trong trang quản trị', content: 'Thời điểm tiếp nhận phải ghi theo giờ Việt Nam.', consent: true, formToken },
  })
  expect(sent.status()).toBe(201)
  const { code } = (await sent.json()) as { code: string }
  const headers = await adminHeaders(request)
  let stored: { id: number; receivedAt: string } | undefined
  await expect
    .poll(async () => {
      const res = await request.get(`${cms}/api/feedback?where[code][equals]=${code}&depth=0`, { headers })
      stored = ((await res.json()) as { docs: { id: number; receivedAt: string }[] }).docs[0]
      return Boolean(stored?.receivedAt)
    }, { timeout: 60_000 })
    .toBe(true)

  const columns = encodeURIComponent(JSON.stringify(['code', 'title', 'receivedAt']))
  await page.goto(`${cms}/admin/collections/feedback?where[code][equals]=${code}&columns=${columns}`)
  await expect(page.locator('table tbody tr').first().locator('td').nth(3)).toHaveText(written(stored!.receivedAt))
  await page.goto(`${cms}/admin/collections/feedback/${stored!.id}`)
  const receivedAt = page.locator('#field-receivedAt')
  await expect(receivedAt).toHaveValue(written(stored!.receivedAt))
  await expect(receivedAt).toHaveValue(DATE_TIME)
  expect(outside).toEqual([])
})

test('the account menu and page load no avatar from Gravatar, nor anything else from outside the CMS', async ({ page }) => {
  const outside = await signIn(page)
  await page.goto(`${cms}/admin`)
  await page.goto(`${cms}/admin/account`)
  // Payload's own meta line, in the admin's format (its zone: the next test).
  await expect(page.locator('.doc-controls__meta')).toContainText(/Chỉnh sửa lần cuối vào lúc:\s*\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)
  await page.goto(`${cms}/admin/collections/users`)
  await page.waitForLoadState('networkidle')
  await expect(page.locator('img[src*="gravatar"]')).toHaveCount(0)
  expect(outside.filter((url) => new URL(url).hostname.endsWith('gravatar.com'))).toEqual([])
  expect(outside).toEqual([])
})

test('the account page writes the user\'s own times in Vietnam', async ({ page }) => {
  await signIn(page)
  await page.goto(`${cms}/admin/account`)
  // As the page's own session sees itself.
  const { user } = (await page.evaluate(async () => (await fetch('/api/users/me', { credentials: 'include' })).json())) as { user: { updatedAt: string; createdAt: string } }
  expect(written(user.updatedAt)).not.toBe(written(user.updatedAt, inUtc))
  // Payload's own meta line, filled in the browser (DocumentControls): the account page has no slot of ours.
  const meta = page.locator('.doc-controls__meta')
  await expect(meta).toContainText(new RegExp(`Chỉnh sửa lần cuối vào lúc:\\s*${written(user.updatedAt)}`))
  await expect(meta).toContainText(new RegExp(`Đã tạo:\\s*${written(user.createdAt)}`))
})

test('the version comparison names every version by its time in Vietnam: pills, the version picker, its drawer', async ({ page, request }) => {
  await signIn(page)
  const headers = await adminHeaders(request)
  const { docs } = (await (await request.get(`${cms}/api/news?limit=1&sort=updatedAt&depth=0`, { headers })).json()) as { docs: { id: number; title: string }[] }
  const news = docs[0]!
  // A draft over the published version (no publish, the site is left alone): two versions to compare.
  expect((await request.patch(`${cms}/api/news/${news.id}?draft=true`, { headers, data: { title: news.title } })).ok()).toBeTruthy()
  const { docs: versions } = (await (await request.get(`${cms}/api/news/versions?where[parent][equals]=${news.id}&sort=-updatedAt&limit=50&depth=0`, { headers })).json()) as { docs: { id: string; updatedAt: string }[] }
  expect(versions.length).toBeGreaterThan(1)
  const latest = versions[0]!
  const inVietnamTimes = versions.map((version) => written(version.updatedAt))

  await page.goto(`${cms}/admin/collections/news/${news.id}/versions/${latest.id}`)
  // The picker's options are drawn in the browser only: once they show, the pills beside them are the browser's too.
  await page.locator('.compare-version .rs__control').click()
  const options = page.locator('.rs__option .version-pill-label-date')
  await expect(options.first()).toBeVisible()
  for (const text of await options.allInnerTexts()) expect(inVietnamTimes).toContain(text.trim())
  await expect(page.locator('.view-version__version-to-version .version-pill-label-date')).toHaveText(written(latest.updatedAt))
  for (const text of await page.locator('.compare-version .rs__single-value .version-pill-label-date').allInnerTexts()) expect(inVietnamTimes).toContain(text.trim())

  // "More versions": the drawer's list of every version.
  await page.locator('.compare-version-moreVersions').click()
  const drawerTimes = page.locator('.version-drawer .created-at-cell')
  await expect(drawerTimes.first()).toBeVisible()
  // Read at once and compared with as many of the versions as it shows: the drawer may draw its list again while
  // it settles (counted apart, the rows once read as two and then as none).
  await expect
    .poll(async () => {
      const shown = (await drawerTimes.allInnerTexts()).map((text) => text.trim())
      return shown.length > 0 && shown.every((text, i) => text === inVietnamTimes[i]) ? 'every version in Vietnam time' : shown
    })
    .toBe('every version in Vietnam time')
})

/**
 * Sets the page's clock to `at` (in the browser, before any of its scripts); time goes on from there.
 *
 * @remarks Not Playwright's `page.clock`: its `Date` returns plain dates, so a subclass of `Date` (Payload formats
 * with `TZDate`, one) loses its own methods and the admin page fails.
 */
function setClock(at: number) {
  const NativeDate = Date
  const offset = at - NativeDate.now()
  function ShiftedDate(this: unknown, ...args: unknown[]) {
    if (!new.target) return new NativeDate(NativeDate.now() + offset).toString()
    return Reflect.construct(NativeDate, args.length ? args : [NativeDate.now() + offset], new.target) as Date
  }
  Object.setPrototypeOf(ShiftedDate, NativeDate)
  ShiftedDate.prototype = NativeDate.prototype
  ShiftedDate.now = () => NativeDate.now() + offset
  globalThis.Date = ShiftedDate as unknown as DateConstructor
}

test('a day-only date picker\'s "today" is Vietnam\'s day, and so is the day it writes', async ({ page }) => {
  await signIn(page)
  // The browser's clock at the last 20:00 UTC (in the past: the session stays valid), 03:00 the next day in Vietnam.
  const now = new Date()
  const evening = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 20))
  if (evening > now) evening.setUTCDate(evening.getUTCDate() - 1)
  const vietnamDay = day(evening.toISOString())
  expect(vietnamDay).not.toBe(written(evening.toISOString(), inUtc).slice(0, 10))
  await page.addInitScript(setClock, evening.getTime())

  await page.goto(`${cms}/admin/globals/site-settings`)
  await page.getByRole('button', { name: 'Thêm: Ngày nghỉ' }).click()
  const picker = page.locator('#field-holidays__0__date')
  await picker.locator('input').click()
  const today = page.locator('.react-datepicker__day--today')
  await expect(today).toHaveCount(1)
  await expect(today).toHaveText(String(Number(vietnamDay.slice(0, 2))))
  await today.click()
  await expect(picker.locator('input')).toHaveValue(vietnamDay)
})

test("a news item's and a question's date, left as it is, is noon in Vietnam on Vietnam's day, which a UTC browser shows as that day", async ({ request }) => {
  const headers = await adminHeaders(request)
  const before = new Date()
  const news = (await (await request.post(`${cms}/api/news?draft=true`, { headers, data: { title: `Tin ngày mặc định ${Date.now()}`, _status: 'draft' } })).json()) as { doc: { id: number; publishedDate: string } }
  const question = (await (await request.post(`${cms}/api/questions`, { headers, data: { title: `Hỏi ngày mặc định ${Date.now()}`, question: 'Câu hỏi thử?', answer: 'Trả lời thử.' } })).json()) as { doc: { id: number; answeredDate: string } }
  try {
    for (const value of [news.doc.publishedDate, question.doc.answeredDate]) {
      // 12:00 in Vietnam (05:00 UTC) on today's day there: the same day in the browser's UTC.
      expect(written(value)).toBe(`${day(before.toISOString())} 12:00`)
      expect(written(value, inUtc).slice(0, 10)).toBe(day(before.toISOString()))
    }
  } finally {
    await request.delete(`${cms}/api/news/${news.doc.id}`, { headers })
    await request.delete(`${cms}/api/questions/${question.doc.id}`, { headers })
  }
})

test("the schedule-publish drawer offers Vietnam's day and hours from now on, on a 24-hour clock", async ({ page, request }) => {
  await signIn(page)
  const headers = await adminHeaders(request)
  const { docs } = (await (await request.get(`${cms}/api/news?limit=1&depth=0&where[_status][equals]=published`, { headers })).json()) as { docs: { id: number }[] }
  expect(docs.length).toBe(1)
  // The browser's clock at the last 20:00 UTC: 03:00 the next day in Vietnam. Payload bounded the picker by the
  // browser's own clock: the UTC day (the day before, in Vietnam) could be picked, and on Vietnam's today every hour
  // before 20:00 was closed, its list on a 12-hour clock.
  const now = new Date()
  const evening = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 20))
  if (evening > now) evening.setUTCDate(evening.getUTCDate() - 1)
  const vietnamDay = Number(day(evening.toISOString()).slice(0, 2))
  const utcDay = evening.getUTCDate()
  await page.addInitScript(setClock, evening.getTime())

  await page.goto(`${cms}/admin/collections/news/${docs[0]!.id}`)
  await page.locator('#action-save-popup button').first().click()
  await page.getByRole('button', { name: 'Lịch xuất bản' }).click()
  const drawer = page.locator('.schedule-publish__scheduler')
  // Its time field has no name a screen reader reads (Payload's label is not tied to it): the drawer's one text box.
  await drawer.getByRole('textbox').click()
  const dayCell = (n: number) => page.locator(`.react-datepicker__day--${String(n).padStart(3, '0')}:not(.react-datepicker__day--outside-month)`)
  const today = page.locator('.react-datepicker__day--today')
  await expect(today).toHaveText(String(vietnamDay))
  await expect(today).not.toHaveClass(/--disabled/)
  // The UTC day, Vietnam's yesterday (outside this month when today is the 1st: then the month before is closed too).
  if (vietnamDay !== 1) await expect(dayCell(utcDay)).toHaveClass(/react-datepicker__day--disabled/)
  await today.click()
  const time = (text: string) => page.locator('.react-datepicker__time-list-item', { hasText: new RegExp(`^${text}$`) })
  await expect(time('02:00')).toHaveClass(/--disabled/)
  await expect(time('04:00')).not.toHaveClass(/--disabled/)
  await expect(time('21:00')).not.toHaveClass(/--disabled/)
})
