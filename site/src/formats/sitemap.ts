import { siteConfig } from '../config'
import { localizePath, locales } from '../i18n/locale'
import { flatten, pageTree, CONTACT_PATH } from '../published/agencyPages'
import { content } from '../published/content'
import { derived } from '../published/derived'
import { legalTextParts } from '../published/legalText'
import { processSlug } from '../published/qualityProcessPages'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** `<url>` entries a sitemap file may hold (sitemaps.org: 50,000, and 50 MB; entries here are under 1 kB). */
export const SITEMAP_MAX_URLS = 50_000

/** A page of the sitemap: its Vietnamese path, the languages it is in (all when unset), what it is made from. */
export interface SitemapPage {
  path: string
  lastmod?: string
  source?: object
  only?: Set<string>
}

/**
 * Every public page, in the sitemap's order.
 *
 * @remarks Filtered list pages are left out: they repeat the detail pages listed here.
 */
async function sitemapPages(): Promise<SitemapPage[]> {
  const c = content('vi')
  const [procedures, docs, news, questions, tree, processes, docsEn] = await Promise.all([c.procedures(), c.legalDocuments(), c.news(), c.questions(), pageTree('vi'), c.qualityProcesses(), content('en').legalDocuments()])
  const english = new Map(docsEn.map((d) => [d.id, d]))
  return [
    ...['/', '/thu-tuc', '/van-ban', '/tin-tuc', CONTACT_PATH, '/du-lieu', '/gop-y', '/tra-cuu-gop-y', '/hoi-dap', '/thong-ke', '/quy-trinh-iso', '/so-do-trang'].map((path) => ({ path })),
    ...processes.map((q) => ({ path: `/quy-trinh-iso/${processSlug(q.code)}`, lastmod: q.updatedAt, source: q })),
    ...flatten(tree).filter((n) => n.path !== CONTACT_PATH).map((n) => ({ path: n.path, lastmod: n.page.updatedAt })),
    ...procedures.map((p) => ({ path: `/thu-tuc/${p.code}`, lastmod: p.updatedAt, source: p })),
    ...docs.map((d) => ({ path: `/van-ban/${d.slug}`, lastmod: d.updatedAt, source: d })),
    // The further pages of a paged text; the English mirror of one only where the English text is cut the same way.
    ...docs.flatMap((d) => {
      const segments = (doc?: object) => new Set((doc ? legalTextParts(doc)?.parts.slice(1) ?? [] : []).map((part) => part.segment))
      const vi = segments(d)
      if (vi.size === 0) return []
      const en = segments(english.get(d.id))
      return [...vi].map((segment) => ({ path: `/van-ban/${d.slug}/${segment}`, lastmod: d.updatedAt, only: en.has(segment) ? undefined : new Set(['vi']) }))
    }),
    ...news.map((n) => ({ path: `/tin-tuc/${n.slug}`, lastmod: n.updatedAt, source: n })),
    ...questions.map((q) => ({ path: `/hoi-dap/${q.id}`, lastmod: q.updatedAt, source: q })),
  ]
}

/** The pages cut into runs of at most {@link SITEMAP_MAX_URLS} entries (a page has one per language it is in). */
export function sitemapParts(pages: SitemapPage[]): SitemapPage[][] {
  const parts: SitemapPage[][] = [[]]
  let urls = 0
  for (const page of pages) {
    const count = page.only?.size ?? locales.length
    if (urls + count > SITEMAP_MAX_URLS) {
      parts.push([])
      urls = 0
    }
    parts.at(-1)!.push(page)
    urls += count
  }
  return parts
}

const url = (path: string) => escape(new URL(path, siteConfig.SITE_URL).href)

/** The `<urlset>` of `pages`, each with its other-language version as an `hreflang` link. */
function urlset(pages: SitemapPage[]): string {
  const entries = ({ path, lastmod, only }: SitemapPage) =>
    locales
      .filter((locale) => !only || only.has(locale))
      .map((locale) =>
        [
          '  <url>',
          `    <loc>${url(localizePath(path, locale))}</loc>`,
          lastmod ? `    <lastmod>${lastmod.slice(0, 10)}</lastmod>` : '',
          ...locales.filter((alt) => !only || only.has(alt)).map((alt) => `    <xhtml:link rel="alternate" hreflang="${alt}" href="${url(localizePath(path, alt))}"/>`),
          '  </url>',
        ]
          .filter(Boolean)
          .join('\n'),
      )
      .join('\n')
  // A document's entries come from its path and update time alone, kept with it on the site server (`derived`).
  const text = pages.map((page) => (page.source ? derived(page.source, 'sitemap', () => entries(page)) : entries(page)))
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">', ...text, '</urlset>', ''].join('\n')
}

/** The path of the `n`th sitemap file (from 1) of a site too large for one (`pages/sitemap-[part].xml.ts`). */
export const sitemapPartPath = (n: number) => `/sitemap-${n}.xml`

/**
 * `/sitemap.xml` (sitemaps.org 0.9): every public page in both languages, or, past {@link SITEMAP_MAX_URLS} entries,
 * an index of the files holding them (`sitemapPart`).
 *
 * @remarks At 100,000 documents one file had 500,000 entries and 67 MB, past the protocol's limits (50,000 entries,
 * 50 MB), built as one string of the whole corpus.
 */
export async function sitemap(): Promise<string> {
  const parts = sitemapParts(await sitemapPages())
  if (parts.length === 1) return urlset(parts[0]!)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...parts.map((_, i) => `  <sitemap><loc>${url(sitemapPartPath(i + 1))}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n')
}

/**
 * The files the sitemap index lists, each with its pages as props; none when `/sitemap.xml` holds every page itself.
 *
 * @remarks The pages as props, not a number to look them up by: the site server's incremental publishing renders a
 * page of a route with parameters again when its props change (`publish/affectedPages.ts`), and a file's pages (each
 * document reduced to its id and update time there) change when a document is published, moved or removed.
 */
export async function sitemapPartPaths(): Promise<{ params: { part: string }; props: { pages: SitemapPage[] } }[]> {
  const parts = sitemapParts(await sitemapPages())
  return parts.length === 1 ? [] : parts.map((pages, i) => ({ params: { part: String(i + 1) }, props: { pages } }))
}

/** A file of a sitemap too large for one: its pages' `<urlset>`. */
export const sitemapPart = (pages: SitemapPage[]): string => urlset(pages)
