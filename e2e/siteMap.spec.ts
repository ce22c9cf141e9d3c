import { expect, test, type Locator } from '@playwright/test'

/**
 * The item of the site map's lists inside `within` whose own link is `name`, with everything nested under it: of the
 * items holding that link, the innermost.
 */
const entry = (within: Locator, name: string) =>
  within.getByRole('listitem').filter({ has: within.page().getByRole('link', { name, exact: true }) }).last()

/** The count a site map entry shows beside its link: `Lãnh sự (9)` → 9. */
async function countOf(item: Locator): Promise<number> {
  const own = await item.evaluate((li) => li.querySelector(':scope > .muted')?.textContent ?? '')
  return Number(own.match(/\((\d+)\)/)?.[1] ?? Number.NaN)
}

test('site map: reached from the footer, every section with its lists and their counts, each link a page', async ({ page, request }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Liên kết chân trang' }).getByRole('link', { name: 'Sơ đồ trang' }).click()
  await expect(page).toHaveURL(/\/so-do-trang$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sơ đồ trang')
  const main = page.getByRole('main')
  for (const section of ['Trang chủ', 'Thủ tục hành chính', 'Văn bản', 'Tin tức', 'Thống kê giải quyết hồ sơ', 'Quy trình ISO 9001:2015', 'Hỏi đáp', 'Gửi góp ý', 'Dữ liệu mở', 'Tìm kiếm']) {
    await expect(main.getByRole('link', { name: section, exact: true })).toBeVisible()
  }

  // Procedures by field and documents by type, each count the one its list shows.
  const procedures = await countOf(entry(main, 'Thủ tục hành chính'))
  const consular = await countOf(entry(main, 'Lãnh sự'))
  expect(consular).toBeGreaterThan(0)
  const laws = await countOf(entry(main, 'Luật'))
  const documents = await countOf(entry(main, 'Văn bản'))
  await entry(main, 'Thủ tục hành chính').getByRole('link', { name: 'Lãnh sự', exact: true }).click()
  await expect(page).toHaveURL(/\/thu-tuc\/linh-vuc\/lanh-su$/)
  await expect(page.locator('main .lead')).toHaveText(`${consular}/${procedures} thủ tục, theo lĩnh vực.`)
  await page.goBack()
  await entry(main, 'Văn bản').getByRole('link', { name: 'Luật', exact: true }).click()
  await expect(page).toHaveURL(/\/van-ban\/loai\/luat$/)
  await expect(page.locator('main .lead')).toHaveText(`${laws}/${documents} văn bản.`)
  await page.goBack()

  // Trees: quarters under half-years under years; agency pages as the agency arranged them, the contact page once.
  await expect(entry(entry(entry(main, 'Năm 2026'), '6 tháng đầu năm 2026'), 'Quý I/2026')).toBeVisible()
  await expect(entry(entry(main, 'Giới thiệu Sở Ngoại vụ'), 'Kế hoạch, báo cáo').getByRole('link', { name: 'Kế hoạch công tác đối ngoại năm 2026' })).toBeVisible()
  await expect(main.getByRole('link', { name: 'Liên hệ', exact: true })).toHaveCount(1)
  await expect(entry(main, 'Quy trình ISO 9001:2015').getByRole('link', { name: /^QT-NV-01: / })).toHaveAttribute('href', '/quy-trinh-iso/qt-nv-01')

  const hrefs = await main.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  expect(new Set(hrefs).size, 'no page listed twice').toBe(hrefs.length)
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200)
  expect(await (await request.get('/sitemap.xml')).text()).toContain('/so-do-trang</loc>')
})

test('site map in English: the same links under /en/, names not yet translated marked Vietnamese', async ({ page }) => {
  await page.goto('/so-do-trang')
  const vietnamese = await page.getByRole('main').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en\/so-do-trang$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Site map')
  await expect(page.getByRole('navigation', { name: 'Footer links' }).getByRole('link', { name: 'Site map' })).toHaveAttribute('href', '/en/so-do-trang')
  const english = await page.getByRole('main').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  // In English the names sort in English: the same links, not always in the same order.
  expect(english.toSorted()).toEqual(vietnamese.map((href) => (href === '/' ? '/en' : `/en${href}`)).toSorted())
  await expect(entry(page.getByRole('main'), 'Legal documents').getByRole('link', { name: 'Law', exact: true })).toHaveAttribute('href', '/en/van-ban/loai/luat')
  const untranslated = page.getByRole('main').locator('a[lang="vi"]')
  expect(await untranslated.count()).toBeGreaterThan(0)
  await expect(page.getByRole('note').first()).toHaveText('Titles not translated yet are shown in Vietnamese.')
})
