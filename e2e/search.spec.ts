import { expect, test } from '@playwright/test'

test('search: facets and sort narrow the results without JavaScript; a bad parameter is explained, not a crash', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/tim-kiem?q=ho+chieu')
  const all = Number(/(\d+) kết quả/.exec((await page.getByRole('status').textContent()) ?? '')?.[1])
  await page.getByText('Lọc và sắp xếp kết quả').click()
  const types = page.getByRole('group', { name: 'Loại nội dung' })
  await expect(types.getByRole('checkbox')).not.toHaveCount(0)
  await types.getByLabel(/^Thủ tục \(\d+\)/).check()
  await page.getByLabel('Sắp xếp').selectOption('newest')
  await page.getByRole('button', { name: 'Áp dụng bộ lọc' }).click()
  await expect(page).toHaveURL(/type=procedure/)
  await expect(page).toHaveURL(/sort=newest/)
  const narrowed = Number(/(\d+) kết quả/.exec((await page.getByRole('status').textContent()) ?? '')?.[1])
  expect(narrowed).toBeGreaterThan(0)
  expect(narrowed).toBeLessThan(all)
  for (const meta of await page.locator('main ol.list > li .meta').allTextContents()) expect(meta).toMatch(/^Thủ tục/)
  await expect(page.getByRole('group', { name: 'Loại nội dung' }).getByRole('checkbox', { checked: true })).toHaveCount(1)

  const bad = await page.goto('/tim-kiem?q=ho+chieu&year=abc')
  expect(bad?.status()).toBe(200)
  await expect(page.getByRole('alert')).toContainText('Năm phải là số')
  await context.close()
})

test('search: results appear as you type, and ticking a facet updates them in place', async ({ page }) => {
  await page.goto('/tim-kiem')
  await page.getByRole('searchbox').pressSequentially('ho chieu', { delay: 40 })
  const first = page.locator('main ol.list > li').first().getByRole('link')
  await expect(first.locator('mark').first()).toBeVisible()
  await expect(page).toHaveURL(/q=ho\+chieu/)
  await expect(page.getByRole('status')).toContainText('kết quả cho “ho chieu”')
  await expect(page.getByRole('searchbox')).toBeFocused()

  await page.getByText('Lọc và sắp xếp kết quả').click()
  await page.getByRole('group', { name: 'Loại nội dung' }).getByLabel(/^Thủ tục/).check()
  await expect(page).toHaveURL(/type=procedure/)
  await expect(page.locator('main ol.list > li .meta').first()).toHaveText(/^Thủ tục/)
  await expect(page.getByRole('group', { name: 'Loại nội dung' }).getByRole('checkbox', { checked: true })).toBeFocused()
})

test('search: the English page searches too and links to English pages', async ({ page }) => {
  await page.goto('/en/tim-kiem?q=ho+chieu')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('status')).toContainText('results for “ho chieu”')
  await expect(page.locator('main ol.list > li').first().getByRole('link')).toHaveAttribute('href', /^\/en\//)
})
