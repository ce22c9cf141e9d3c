import { describe, expect, it } from 'vitest'
import { SITEMAP_MAX_URLS, sitemapParts, type SitemapPage } from './sitemap'

describe('sitemapParts', () => {
  it('keeps a site within one file whole, its pages in order', () => {
    const pages: SitemapPage[] = Array.from({ length: 100 }, (_, i) => ({ path: `/van-ban/${i}` }))
    expect(sitemapParts(pages)).toEqual([pages])
  })

  it('cuts a larger site into files of at most 50,000 entries, a page counting once per language it is in', () => {
    const both: SitemapPage[] = Array.from({ length: SITEMAP_MAX_URLS / 2 + 10 }, (_, i) => ({ path: `/van-ban/${i}` }))
    const viOnly: SitemapPage[] = Array.from({ length: 30 }, (_, i) => ({ path: `/van-ban/luat/dieu-${i}`, only: new Set(['vi']) }))
    const parts = sitemapParts([...both, ...viOnly])
    expect(parts.map((part) => part.length)).toEqual([SITEMAP_MAX_URLS / 2, 40])
    expect(parts.flat()).toEqual([...both, ...viOnly])
    for (const part of parts) expect(part.reduce((urls, page) => urls + (page.only?.size ?? 2), 0)).toBeLessThanOrEqual(SITEMAP_MAX_URLS)
  })
})
