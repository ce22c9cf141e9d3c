import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page, type TestInfo } from '@playwright/test'
import { localized, pageTypes } from './pageTypes'

/** The pages whose screenshots are attached, at desktop and at the narrowest phone width. */
const screenshotted = new Set(['home', 'procedures', 'procedure', 'documents', 'document', 'news', 'agency-page', 'search-filtered', 'stats', 'site-map'])

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}

/** Saves a full-page screenshot in the test's folder under test-results and attaches it to the report. */
async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`)
  await page.screenshot({ path, fullPage: true })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}

for (const locale of ['vi', 'en'] as const) {
  test.describe(`axe, ${locale}`, () => {
    for (const { name, path } of pageTypes) {
      test(`${name}: no WCAG 2.1 AA violations`, async ({ page }, testInfo) => {
        const response = await page.goto(localized(path, locale))
        expect(response?.status()).toBe(200)
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        await expectNoViolations(page)
        if (screenshotted.has(name)) {
          await attachScreenshot(page, testInfo, `${name}-${locale}-1280`)
          await page.setViewportSize({ width: 320, height: 640 })
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
          expect(overflow, 'no sideways scrolling at 320 px').toBeLessThanOrEqual(0)
          await attachScreenshot(page, testInfo, `${name}-${locale}-320`)
        }
      })
    }
  })
}

test('axe: the feedback form with errors, and the 404 page', async ({ page }) => {
  await page.goto('/gop-y')
  await page.getByRole('button', { name: 'Gửi góp ý' }).click()
  await expect(page.getByRole('alert')).toBeVisible()
  await expectNoViolations(page)
  await page.goto('/en/gop-y')
  await page.getByRole('button', { name: 'Send feedback' }).click()
  await expect(page.getByRole('alert')).toContainText('Enter your full name.')
  await expectNoViolations(page)
  expect((await page.goto('/khong-co-trang-nay'))?.status()).toBe(404)
  await expectNoViolations(page)
})

test('keyboard: the skip link comes first, is visible when focused and moves focus to the content', async ({ page }) => {
  await page.goto('/thu-tuc/2.001712')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Bỏ qua để đến nội dung chính' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
  await page.keyboard.press('Tab')
  const next = page.locator(':focus')
  await expect(next).toHaveAttribute('href', /.+/)
  expect(await next.evaluate((el) => Boolean(el.closest('main')))).toBe(true)
})

test('keyboard: every link and control in the header and the filters shows where focus is', async ({ page }) => {
  await page.goto('/en/thu-tuc')
  const focusStyle = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      const style = getComputedStyle(el)
      return { tag: el.tagName, text: el.textContent?.trim() ?? '', background: style.backgroundColor, outline: style.outlineStyle, outlineColor: style.outlineColor }
    })
  const yellow = 'rgb(255, 221, 0)'
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab')
    const s = await focusStyle()
    expect(s.background === yellow || (s.outline !== 'none' && s.outlineColor === yellow), `focus visible on ${s.tag} “${s.text}”`).toBe(true)
  }
  await page.getByText('Field', { exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('link', { name: /Lãnh sự/ })).toBeVisible()
})
