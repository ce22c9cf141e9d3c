import { SLUG_MAX_LENGTH, slugify } from '@congkhai/contracts/slugify'
import { labels } from '../i18n/labels'
import type { Locale } from '../i18n/locale'
import type { LegalDocument } from './cms'
import { content } from './content'
import { groupBy, summarize, taxonomyValue, type Facet, type FacetSummary, type FacetValue } from './facets'
import { yearOf } from './format'
import { legalTextParts } from './legalText'
import { listPagePath, paginate } from './pagination'
import type { CurrentFilter } from './procedurePages'

/** The URL segment of the oldest-first order; newest first needs none. */
export const OLDEST_FIRST = 'cu-nhat'

/** Documents per list page. */
export const DOCUMENTS_PAGE_SIZE = 50

/** What the legal documents list view renders: one page of a list. */
export interface DocumentListProps {
  docs: LegalDocument[]
  facets: FacetSummary[]
  /** Published documents in all, and in this list (the filter's). */
  total: number
  count: number
  page: number
  pages: number
  /** The Vietnamese path of this list's first page: `/van-ban`, `/van-ban/nam/2020/cu-nhat`. */
  basePath: string
  current?: CurrentFilter
  oldestFirst: boolean
}

/** The ways to narrow the legal documents list: type, issuer, field, year and validity. */
export function documentFacets(locale: Locale): Facet<LegalDocument>[] {
  const l = labels(locale)
  // The issuer is not localized in the CMS: on English pages it is always Vietnamese.
  const vietnamese = locale === 'vi' ? undefined : 'vi'
  return [
    { key: 'loai', title: 'documents.type', valuesOf: (d) => [{ slug: d.documentType, label: l.documentType[d.documentType] ?? d.documentType }] },
    // Cut like the CMS's stored slugs: a joint circular's list of issuers made a folder name past the file system's
    // 255 bytes, and every full build failed (issue 21).
    { key: 'co-quan', title: 'documents.issuer', valuesOf: (d) => [{ slug: slugify(d.issuer, { maxLength: SLUG_MAX_LENGTH }), label: d.issuer, lang: vietnamese }] },
    { key: 'linh-vuc', title: 'documents.field', valuesOf: (d) => taxonomyValue(d, 'field', d.field) },
    { key: 'nam', title: 'documents.year', valuesOf: (d) => [{ slug: String(yearOf(d.issuedDate)), label: String(yearOf(d.issuedDate)) }] },
    { key: 'hieu-luc', title: 'documents.validity', valuesOf: (d) => [{ slug: d.validity, label: l.validity[d.validity] ?? d.validity }] },
  ]
}

function valueOrder(facet: string): ((a: FacetValue, b: FacetValue) => number) | undefined {
  if (facet === 'nam') return (a, b) => Number(b.slug) - Number(a.slug)
  if (facet === 'hieu-luc') {
    const order = ['con-hieu-luc', 'het-hieu-luc-mot-phan', 'het-hieu-luc-toan-bo', 'chua-co-hieu-luc', 'ngung-hieu-luc']
    return (a, b) => order.indexOf(a.slug) - order.indexOf(b.slug)
  }
  return undefined
}

const byIssuedDate = (a: LegalDocument, b: LegalDocument) => a.issuedDate.localeCompare(b.issuedDate) || a.number.localeCompare(b.number, 'vi')

/**
 * `/van-ban` and a list per facet value, each newest first and oldest first, in pages of {@link DOCUMENTS_PAGE_SIZE}:
 * `/van-ban/nam/2020`, `/van-ban/nam/2020/cu-nhat`, `/van-ban/cu-nhat/trang/2`.
 *
 * @remarks Pages, not one page per list: at 6,000 documents `/van-ban` weighed 2.5 MB, and a publish re-rendered
 * every list holding the document whole (0.3 s each).
 */
export async function documentListPaths(locale: Locale) {
  const all = [...(await content(locale).legalDocuments())].sort((a, b) => byIssuedDate(b, a))
  const facets = documentFacets(locale)
  const summary = summarize(all, facets, valueOrder)
  const groups = facets.map((facet) => groupBy(all, facet))
  const base = { facets: summary, total: all.length }
  const lists: { prefix?: string; docs: LegalDocument[]; current?: CurrentFilter }[] = [
    { docs: all },
    ...facets.flatMap((facet, i) =>
      summary[i].values.map((value) => ({ prefix: `${facet.key}/${value.slug}`, docs: groups[i]!.get(value.slug) ?? [], current: { facet: facet.key, title: facet.title, value } })),
    ),
  ]
  return lists.flatMap(({ prefix, docs, current }) =>
    [false, true].flatMap((oldestFirst) => {
      const ordered = oldestFirst ? [...docs].reverse() : docs
      const basePath = ['/van-ban', prefix, oldestFirst ? OLDEST_FIRST : undefined].filter(Boolean).join('/')
      return paginate(ordered, DOCUMENTS_PAGE_SIZE).map((slice, i, pages) => ({
        params: { filter: listPagePath(basePath, i + 1).replace(/^\/van-ban\/?/, '') || undefined },
        props: { ...base, docs: slice, count: ordered.length, page: i + 1, pages: pages.length, basePath, current, oldestFirst } satisfies DocumentListProps,
      }))
    }),
  )
}

/** One page per published legal document, keyed by the slug of its number. */
export async function documentPaths(locale: Locale) {
  const docs = await content(locale).legalDocuments()
  return docs.map((doc) => ({ params: { slug: doc.slug ?? String(doc.id) }, props: { doc } }))
}

/**
 * The further pages of each published legal document whose text is paged (`legalTextParts()`), keyed by its slug and
 * the anchor its part starts at: `/van-ban/91-2015-qh13/dieu-106`.
 *
 * @remarks Named by the first heading they hold rather than numbered, so a link to a part keeps leading to the same
 * articles when an edit elsewhere moves the cuts, and the path says where the page starts. The first part is the
 * document's own page (`documentPaths`), so a short document keeps its one page and every link to it.
 */
export async function documentPartPaths(locale: Locale) {
  const docs = await content(locale).legalDocuments()
  return docs.flatMap((doc) =>
    (legalTextParts(doc)?.parts ?? []).slice(1).map((part, i) => ({ params: { slug: doc.slug ?? String(doc.id), part: part.segment! }, props: { doc, part: i + 1 } })),
  )
}
