import { siteConfig } from '../config'
import { localizePath, locales } from '../i18n/locale'
import { flatten, pageTree, CONTACT_PATH } from '../published/agencyPages'
import { content } from '../published/content'
import { derived } from '../published/derived'
import { legalTextParts } from '../published/legalText'
import { processSlug } from '../published/qualityProcessPages'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The sitemap (sitemaps.org 0.9) of the site's pages, each with its other-language version as an `hreflang` link.
 *
 * @remarks Filtered list pages are left out: they repeat the detail pages listed here.
 */
export async function sitemap(): Promise<string> {
  const c = content('vi')
  const [procedures, docs, news, questions, tree, processes, docsEn] = await Promise.all([c.procedures(), c.legalDocuments(), c.news(), c.questions(), pageTree('vi'), c.qualityProcesses(), content('en').legalDocuments()])
  const english = new Map(docsEn.map((d) => [d.id, d]))
  const pages: { path: string; lastmod?: string; source?: object; only?: Set<string> }[] = [
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
  const url = (path: string) => escape(new URL(path, siteConfig.SITE_URL).href)
  const entries = ({ path, lastmod, only }: (typeof pages)[number]) =>
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
