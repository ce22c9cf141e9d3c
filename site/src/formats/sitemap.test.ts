import { describe, expect, it } from 'vitest'
import { fingerprint } from '../publish/affectedPages'
import { SITEMAP_MAX_URLS, sitemapPart, sitemapParts, type SitemapPage } from './sitemap'

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

  it("gives each file its pages as props, which incremental publishing sees change when a document on it is updated", () => {
    const page = (id: number, updatedAt: string): SitemapPage => ({ path: `/van-ban/${id}`, lastmod: updatedAt, source: { id, updatedAt } })
    const before = Array.from({ length: 20 }, (_, i) => page(i, '2026-12-01T00:00:00.000Z'))
    const after = before.map((p, i) => (i === 7 ? page(7, '2026-12-07T00:00:00.000Z') : p))
    const print = (pages: SitemapPage[]) => fingerprint({ pages }, new WeakMap())
    expect(print(after)).not.toBe(print(before))
    expect(print([...before])).toBe(print(before))
    expect(sitemapPart(after)).toContain('<lastmod>2026-12-07</lastmod>')
  })
})
