import { expect, test } from '@playwright/test'

test('search: a phrase inside an article of a seeded decision leads to that article on its page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`/tim-kiem?${new URLSearchParams({ q: 'kế hoạch hoạt động đối ngoại hằng năm và dài hạn' })}`)
  const first = page.locator('main ol.list > li').first()
  // The decision's title, the article's heading under it, the snippet from the article.
  await expect(first.getByRole('link')).toContainText('Quyết định ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Ngoại vụ')
  await expect(first.locator('.part')).toHaveText('Điều 2. Nhiệm vụ và quyền hạn')
  await expect(first.locator('p mark').first()).toBeVisible()
  await first.getByRole('link').click()
  await expect(page).toHaveURL(/\/van-ban\/15-2020-qd-ubnd#dieu-2$/)
  await expect(page.locator('#dieu-2')).toHaveText('Điều 2. Nhiệm vụ và quyền hạn')
  await expect(page.locator('#dieu-2')).toBeInViewport()
  await context.close()
})

test('document page: the contents list every article and lead to it, on phones too', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await page.goto('/van-ban/15-2020-qd-ubnd')
  const contents = page.getByRole('navigation', { name: 'Mục lục' })
  await expect(contents.getByRole('link')).toHaveText(['Điều 1. Vị trí và chức năng', 'Điều 2. Nhiệm vụ và quyền hạn', 'Điều 3. Cơ cấu tổ chức', 'Điều 4. Hiệu lực thi hành'])
  await contents.getByRole('link', { name: 'Điều 4. Hiệu lực thi hành' }).click()
  await expect(page).toHaveURL(/#dieu-4$/)
  await expect(page.locator('#dieu-4')).toBeInViewport()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
})
