import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { TAGGED_ARTICLE, publishLongLaw } from './longDocument'
import { adminHeaders, published, rawRequest } from './support'

const cms = e2eEnv.CMS_URL
/** The page budget of issue 21: bytes transferred, brotli as the site serves its pages. */
const BUDGET = 60 * 1024

test('a long law is paged: every page within the budget, the contents and search lead to the page holding an article, and unpublishing removes every page', async ({ page, request }, testInfo) => {
  test.setTimeout(6 * 60_000)
  await published(request)
  const headers = await adminHeaders(request)
  const run = `${Date.now() % 100000}`
  const phrase = `hạn ngạch thị thực phân trang ${run}`
  const { id, slug } = await publishLongLaw(request, headers, run, phrase)
  try {
    await published(request)
    await page.goto(`/van-ban/${slug}`)
    const parts = page.getByRole('navigation', { name: 'Các trang của toàn văn' })
    const partLinks = parts.getByRole('listitem').getByRole('link')
    const count = await partLinks.count()
    expect(count).toBeGreaterThan(3)
    await expect(partLinks.first()).toHaveAttribute('aria-current', 'page')
    const paths = await partLinks.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    expect(paths[0]).toBe(`/van-ban/${slug}`)
    // Small chapters II and III share a page; chapter V, too long for one, goes on over pages starting at an article.
    expect(paths.slice(1).every((p) => new RegExp(`^/van-ban/${slug}/(chuong|dieu)-[\\w-]+$`).test(p))).toBe(true)
    expect(paths).not.toContain(`/van-ban/${slug}/chuong-iii`)
    expect(paths.filter((p) => /\/dieu-\d+$/.test(p)).length).toBeGreaterThan(0)

    // Every page, in both languages, within the budget as served (brotli) and answering 200.
    for (const path of paths.flatMap((p) => [p, `/en${p}`])) {
      const answer = await rawRequest(new URL(path, e2eEnv.SITE_URL), { 'accept-encoding': 'br' })
      expect(answer.status, path).toBe(200)
      expect(answer.headers['content-encoding'], path).toBe('br')
      expect(answer.body.length, path).toBeLessThanOrEqual(BUDGET)
    }

    // Next page, then the contents' link to an article on another page lands on its anchor there.
    await parts.getByRole('link', { name: 'Trang sau' }).click()
    await expect(page).toHaveURL(new RegExp(`${paths[1]}$`))
    await expect(page.getByRole('heading', { level: 2 })).toContainText(`Trang 2/${count}`)
    const contents = page.getByRole('navigation', { name: /Mục lục/ })
    await contents.locator('summary').click()
    await contents.getByRole('link', { name: new RegExp(`^Điều ${TAGGED_ARTICLE}\\. `) }).click()
    await expect(page).toHaveURL(new RegExp(`/van-ban/${slug}/dieu-\\d+#dieu-${TAGGED_ARTICLE}$`))
    await expect(page.locator(`#dieu-${TAGGED_ARTICLE}`)).toBeInViewport()
    const holder = new URL(page.url()).pathname
    expect(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([])

    // The first page and a continuation page at 320, 768 and 1280 px: nothing wider than the window; screenshots kept.
    for (const path of [paths[0]!, holder]) {
      for (const width of [320, 768, 1280]) {
        await page.setViewportSize({ width, height: 900 })
        await page.goto(path)
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width} px`).toBeLessThanOrEqual(width)
        const shot = testInfo.outputPath(`${path === holder ? 'continuation' : 'first'}-page-${width}.png`)
        await page.screenshot({ path: shot })
        await testInfo.attach(`${path === holder ? 'continuation' : 'first'} page at ${width} px`, { path: shot, contentType: 'image/png' })
      }
    }
    await page.setViewportSize({ width: 1280, height: 720 })

    // A link from before the paging, to the article on the document's own page, is sent on to the page holding it.
    await page.goto(`/van-ban/${slug}#dieu-${TAGGED_ARTICLE}`)
    await expect(page).toHaveURL(new RegExp(`${holder}#dieu-${TAGGED_ARTICLE}$`))

    // Search: the article's hit leads to its page and anchor.
    await page.goto(`/tim-kiem?${new URLSearchParams({ q: phrase })}`)
    const first = page.locator('main ol.list > li').first()
    await expect(first.locator('.part')).toContainText(`Điều ${TAGGED_ARTICLE}.`)
    await first.getByRole('link').click()
    await expect(page).toHaveURL(new RegExp(`${holder}#dieu-${TAGGED_ARTICLE}$`))
    await expect(page.locator(`#dieu-${TAGGED_ARTICLE}`)).toBeInViewport()

    // The sitemap lists every page.
    const sitemap = await (await request.get('/sitemap.xml')).text()
    for (const path of paths) expect(sitemap).toContain(`${path}</loc>`)

    // Unpublished: the document's pages are all gone.
    const res = await request.patch(`${cms}/api/legal-documents/${id}`, { headers, data: { _status: 'draft' } })
    expect(res.ok(), await res.text()).toBeTruthy()
    await published(request)
    for (const path of paths) expect((await request.get(path)).status(), path).toBe(404)
  } finally {
    expect((await request.delete(`${cms}/api/legal-documents/${id}`, { headers })).ok()).toBeTruthy()
    await published(request)
  }
})
