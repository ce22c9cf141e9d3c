import fs from 'node:fs/promises'
import { expect, test } from '@playwright/test'

test('language switching keeps the page, and untranslated text is marked Vietnamese', async ({ page }) => {
  await page.goto('/thu-tuc/2.001712')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en\/thu-tuc\/2\.001712$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/international conference or seminar/)
  await expect(page.getByRole('note').first()).toHaveText('Parts of this page have not been translated yet; they are shown in Vietnamese.')
  await expect(page.getByRole('heading', { name: 'Steps' })).toBeVisible()
  await expect(page.locator('main ol li[lang="vi"]').first()).toContainText('Bước 1')
  await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute('href', /\/thu-tuc\/2\.001712$/)

  await page.goto('/en/tin-tuc/huong-dan-thu-tuc-cho-phep-su-dung-the-abtc')
  await expect(page.getByRole('note').first()).toHaveText('This page has not been translated yet; shown in Vietnamese.')
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'vi')
  await page.getByRole('link', { name: 'Tiếng Việt' }).click()
  await expect(page).toHaveURL(/\/tin-tuc\/huong-dan-thu-tuc-cho-phep-su-dung-the-abtc$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await expect(page.getByRole('note')).toHaveCount(0)
})

test("home: the agency's own fields first, in the order the site settings give", async ({ page }) => {
  await page.goto('/')
  const byField = page.getByRole('heading', { level: 2, name: 'Thủ tục hành chính theo lĩnh vực' }).locator('xpath=following-sibling::ul[1]')
  // The seed's order (cms/src/seed/data/siteSettings.ts), not the alphabetical one of the procedures list.
  await expect(byField.getByRole('link')).toHaveText([
    'Lãnh sự',
    'Hợp tác quốc tế',
    'Quản lý đoàn ra, đoàn vào',
    'Hội nghị, hội thảo quốc tế',
    'Tổ chức phi chính phủ nước ngoài',
    'Viện trợ phi chính phủ nước ngoài',
    'Thông tin đối ngoại',
  ])
  // Every field with procedures is the agency's own in the demo: nothing is folded away.
  await expect(page.locator('details.other-fields')).toHaveCount(0)
  await page.goto('/en')
  await expect(page.getByRole('heading', { level: 2, name: 'Procedures by field' }).locator('xpath=following-sibling::ul[1]').getByRole('link').first()).toHaveText(/^(Consular|Lãnh sự)/)
})

test('procedures: filter by field and by online level without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thủ tục hành chính' }).click()
  const filters = page.getByRole('navigation', { name: 'Lọc thủ tục' })
  await filters.getByText('Lĩnh vực', { exact: true }).click()
  await filters.getByRole('link', { name: /^Lãnh sự/ }).click()
  await expect(page).toHaveURL(/\/thu-tuc\/linh-vuc\/lanh-su$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục hành chính: Lãnh sự')
  await expect(page.locator('main section h2')).toHaveText(['Lãnh sự'])
  const inField = await page.locator('main section li').count()
  expect(inField).toBeGreaterThan(0)

  await filters.getByText('Dịch vụ công trực tuyến', { exact: true }).click()
  await filters.getByRole('link', { name: /^Toàn trình/ }).click()
  await expect(page).toHaveURL(/\/thu-tuc\/truc-tuyen\/toan-trinh$/)
  for (const meta of await page.locator('main section li .meta').allTextContents()) expect(meta).toContain('Dịch vụ công trực tuyến: Toàn trình')
  await filters.getByRole('link', { name: 'Bỏ lọc' }).click()
  await expect(page).toHaveURL(/\/thu-tuc$/)
  await context.close()
})

test('procedure page: methods table, dossier checklist and a warning on expired legal basis', async ({ page }) => {
  await page.goto('/thu-tuc/1.003862')
  await expect(page.getByRole('columnheader', { name: 'Thời hạn giải quyết' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Thành phần hồ sơ' })).toBeVisible()
  const basis = page.getByRole('region', { name: 'Căn cứ pháp lý' })
  await expect(basis.getByRole('note')).toContainText('đã hết hiệu lực toàn bộ hoặc một phần')
  await expect(basis.locator('.tag-warn').first()).toBeVisible()
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(ld).toMatchObject({ '@type': 'GovernmentService', identifier: '1.003862' })
})

test('legal documents: facets, oldest-first order, relations, validity history, signer and JSON-LD', async ({ page }) => {
  await page.goto('/van-ban/hieu-luc/het-hieu-luc-toan-bo')
  const tags = await page.locator('main ul.list > li .tag').allTextContents()
  expect(tags.length).toBeGreaterThan(0)
  expect(new Set(tags)).toEqual(new Set(['Hết hiệu lực toàn bộ']))
  await page.getByRole('link', { name: 'Cũ nhất trước' }).click()
  await expect(page).toHaveURL(/\/van-ban\/hieu-luc\/het-hieu-luc-toan-bo\/cu-nhat$/)
  const years = (await page.locator('main ul.list > li .meta').allTextContents()).map((m) => Number(m.match(/ban hành \d\d\/\d\d\/(\d{4})/)?.[1]))
  expect(years).toEqual([...years].sort((a, b) => a - b))

  await page.goto('/van-ban/49-2019-qh14')
  await expect(page.getByRole('heading', { name: 'Được sửa đổi, bổ sung bởi' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Lịch sử hiệu lực' })).toBeVisible()
  await expect(page.getByRole('row', { name: /^Người ký/ }).getByRole('cell')).toHaveText('Chủ tịch Quốc hội Nguyễn Thị Kim Ngân')
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(ld).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '49/2019/QH14', legislationLegalForce: 'https://schema.org/PartiallyInForce' })

  // The signer's title is translated, the name never is; an untranslated title is marked Vietnamese.
  await page.goto('/en/van-ban/49-2019-qh14')
  const signedBy = page.getByRole('row', { name: /^Signed by/ }).getByRole('cell')
  await expect(signedBy).toHaveText('Chairwoman of the National Assembly Nguyễn Thị Kim Ngân')
  await expect(signedBy.locator('[lang="vi"]')).toHaveText(['Nguyễn Thị Kim Ngân'])
  await page.goto('/en/van-ban/136-2007-nd-cp')
  await expect(page.getByRole('row', { name: /^Signed by/ }).getByRole('cell').locator('[lang="vi"]')).toHaveText(['Thủ tướng', 'Nguyễn Tấn Dũng'])
})

test('news: pages, categories and the Atom feed', async ({ page, request }) => {
  await page.goto('/tin-tuc')
  await page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: /Trang sau/ }).click()
  await expect(page).toHaveURL(/\/tin-tuc\/trang\/2$/)
  await expect(page.locator('main ul.list > li').first()).toBeVisible()
  await page.getByRole('navigation', { name: 'Chuyên mục' }).getByRole('link', { name: /^Thông báo/ }).click()
  await expect(page).toHaveURL(/\/tin-tuc\/chuyen-muc\/thong-bao$/)
  const feed = await request.get('/tin-tuc/feed.xml')
  expect(feed.ok()).toBeTruthy()
  const xml = await feed.text()
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
  expect(xml.match(/<entry>/g)?.length).toBeGreaterThan(5)
})

test('agency pages and the contact page are reachable from the navigation', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Giới thiệu' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Giới thiệu Sở Ngoại vụ')
  await page.getByRole('region', { name: 'Trong mục này' }).getByRole('link', { name: 'Kế hoạch, báo cáo' }).click()
  await expect(page).toHaveURL(/\/gioi-thieu\/ke-hoach-bao-cao$/)
  await expect(page.getByRole('navigation', { name: 'Đường dẫn' })).toContainText('Giới thiệu Sở Ngoại vụ')
  await page.getByRole('navigation', { name: 'Liên kết chân trang' }).getByRole('link', { name: 'Liên hệ' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liên hệ')
  await expect(page.locator('main').getByRole('link', { name: '0200 3 800 000' })).toHaveAttribute('href', 'tel:02003800000')
})

test('open data: JSON and CSV of every procedure and document, the new-documents feed, sitemap and robots.txt', async ({ page, request }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Liên kết chân trang' }).getByRole('link', { name: 'Dữ liệu mở' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dữ liệu mở')
  const count = Number(await page.getByRole('row', { name: /Thủ tục hành chính/ }).getByRole('cell').first().textContent())
  const json = (await (await request.get('/du-lieu/thu-tuc.json')).json()) as { count: number; records: { code: string; url: string }[] }
  expect(json.count).toBe(count)
  expect(json.records.map((r) => r.code)).toContain('1.003862')
  const csv = await (await request.get('/du-lieu/van-ban.csv')).text()
  expect(csv.split('\r\n')[0], 'a UTF-8 byte-order mark, then the header').toBe('\uFEFFnumber,title,titleEn,documentType,issuer,signerTitle,signer,issuedDate,effectiveDate,expiryDate,validity,field,summary,amends,replaces,guides,basedOn,url,updatedAt')
  expect(csv).toContain('49/2019/QH14')
  expect(csv).toContain(',Quốc hội,Chủ tịch Quốc hội,Nguyễn Thị Kim Ngân,')
  expect(await (await request.get('/du-lieu/van-ban-moi.xml')).text()).toContain('49/2019/QH14')
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain('/en/thu-tuc/1.003862</loc>')
  expect(sitemap).toContain('/gioi-thieu/ke-hoach-bao-cao</loc>')
  expect(await (await request.get('/robots.txt')).text()).toMatch(/^Sitemap: http.*\/sitemap\.xml$/m)
})

test('open data: the ISO 9001 processes as CSV and JSON, each with the procedures its page lists', async ({ page, request }) => {
  await page.goto('/du-lieu')
  const row = page.getByRole('row', { name: /Quy trình ISO 9001:2015/ })
  const count = Number(await row.getByRole('cell').first().textContent())
  expect(count).toBeGreaterThan(0)
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: /CSV/ }).click()])
  expect(download.suggestedFilename()).toBe('quy-trinh-iso.csv')
  const lines = (await fs.readFile(await download.path(), 'utf8')).split('\r\n').filter(Boolean)
  expect(lines[0], 'a UTF-8 byte-order mark, then the header').toBe('\uFEFFcode,name,nameEn,owner,purpose,steps,totalWorkingHours,procedures,url,updatedAt')
  expect(lines).toHaveLength(count + 1)

  const json = (await (await request.get('/du-lieu/quy-trinh-iso.json')).json()) as { dataset: string; count: number; records: { code: string; steps: string[]; procedures: string[]; url: string }[] }
  expect(json).toMatchObject({ dataset: 'quy-trinh-iso', count })
  const record = json.records.find((r) => r.code === 'QT-NV-01')!
  expect(record.steps[0]).toMatch(/^1\. /)
  await page.goto(new URL(record.url).pathname)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('QT-NV-01')
  const listed = await page.locator('main ul.list a[href^="/thu-tuc/"]').allTextContents()
  expect(record.procedures).toEqual(listed)
  expect(listed.length).toBeGreaterThan(0)

  await page.goto('/en/du-lieu')
  await expect(page.getByRole('row', { name: /ISO 9001:2015 processes/ }).getByRole('link', { name: /JSON/ })).toHaveAttribute('href', '/du-lieu/quy-trinh-iso.json')
})

test('feedback in English: English errors, then the English confirmation', async ({ page }) => {
  await page.goto('/en/gop-y')
  await page.getByLabel('Full name').fill('Jane Doe')
  await page.getByRole('button', { name: 'Send feedback' }).click()
  await expect(page).toHaveURL(/\/api\/feedback$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('alert')).toContainText('Enter a subject.')
  await expect(page.getByLabel('Full name')).toHaveValue('Jane Doe')
  await page.getByLabel('Email').fill('jane@example.com')
  await page.getByLabel('Subject').fill('Opening hours on public holidays')
  await page.getByLabel('Your feedback').fill('Please publish the opening hours of the one-stop desk during public holidays.')
  await page.getByRole('checkbox', { name: /I agree/ }).check()
  await page.waitForTimeout(1100)
  await page.getByRole('button', { name: 'Send feedback' }).click()
  await expect(page).toHaveURL(/\/en\/gop-y\/da-gui\?ma=GY(-[0-9A-HJKMNP-TV-Z]{5}){3}$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We have received your feedback')
})

test('an unknown address answers 404 in both languages', async ({ page }) => {
  const response = await page.goto('/en/khong-co-trang-nay')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
})
