import type { Locale, SearchDocument } from '@congkhai/search'
import type { PublicCollection } from '@congkhai/contracts/publish'
import { nameOf, type LegalDocument, type News, type Procedure, type Question } from '../published/cms'
import { documentTypeLabels, levelLabels, validityLabels } from '../published/format'
import { articleText, blockText, legalDocumentText, legalTextParts, parseLegalText, type LegalBlock } from '../published/legalText'

const typeOf = { 'legal-documents': 'legal-document', procedures: 'procedure', news: 'news', questions: 'question' } as const

/**
 * Validity statuses of a legal document no longer in force, which search ranks after those in force.
 *
 * @remarks Partly repealed documents are still in force for the rest; one not yet in force is the coming rule, not a
 * replaced one.
 */
const NO_LONGER_IN_FORCE: readonly LegalDocument['validity'][] = ['het-hieu-luc-toan-bo', 'ngung-hieu-luc']

/** The index id of a CMS document, so a publish event can upsert or remove it without fetching it. */
export function searchId(collection: PublicCollection, id: string | number, locale: Locale = 'vi'): string {
  return `${typeOf[collection]}:${locale}:${id}`
}

/** Plain text of rendered rich text. */
export function htmlToText(html?: string | null): string {
  if (!html) return ''
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Flattens a published CMS document, read in `locale`, into the search index's record for that locale.
 *
 * @remarks English records are read with the CMS's fallback, so untranslated fields are the Vietnamese text, as on
 * the English pages. `url` is the Vietnamese path in both; the English page is the same path under `/en`. Facet
 * values are the Vietnamese labels in both, so one filter value selects the same records in either language.
 */
export function toSearchDocument(collection: PublicCollection, doc: LegalDocument | Procedure | News | Question, locale: Locale = 'vi'): SearchDocument {
  const id = searchId(collection, doc.id, locale)
  if (collection === 'questions') {
    const q = doc as Question
    return { id, type: 'question', locale, title: q.title, summary: q.question, body: q.answer, url: `/hoi-dap/${q.id}`, date: q.answeredDate }
  }
  if (collection === 'legal-documents') {
    const d = doc as LegalDocument
    // Not the signer or the signer's title: "Phó Chủ tịch" is on most of an issuer's documents, so as text it only
    // adds matches to queries about the office (the issuer facet already picks an issuer's documents).
    return {
      id,
      type: 'legal-document',
      locale,
      title: d.title,
      number: d.number,
      summary: d.summary ?? undefined,
      body: legalDocumentText(d),
      url: `/van-ban/${d.slug}`,
      date: d.issuedDate,
      facets: {
        documentType: documentTypeLabels[d.documentType],
        issuer: d.issuer,
        status: validityLabels[d.validity],
        field: nameOf(d.field),
        year: new Date(d.issuedDate).getFullYear(),
      },
      inForce: !NO_LONGER_IN_FORCE.includes(d.validity),
    }
  }
  if (collection === 'procedures') {
    const p = doc as Procedure
    return {
      id,
      type: 'procedure',
      locale,
      title: p.name,
      number: p.code,
      summary: [p.subjects, p.result].filter(Boolean).join(' '),
      body: [...(p.steps ?? []).map((s) => s.text), ...(p.dossier ?? []).map((d) => d.name), p.requirements ?? ''].join(' '),
      url: `/thu-tuc/${p.code}`,
      // Each level is its own facet value, so a procedure done at province and commune level counts under both.
      facets: { field: nameOf(p.field), level: (p.levels ?? []).map((l) => levelLabels[l] ?? l) },
    }
  }
  const n = doc as News
  return {
    id,
    type: 'news',
    locale,
    title: n.title,
    summary: n.summary ?? undefined,
    body: htmlToText(n.bodyHtml),
    url: `/tin-tuc/${n.slug}`,
    date: n.publishedDate,
  }
}

/**
 * A published CMS document's index records in `locale`: the one of {@link toSearchDocument}, and for a legal
 * document whose text has articles (`Điều 5. …`), one record per article.
 *
 * @remarks An article's record is titled by its heading, holds its text as the summary (so the result's snippet
 * comes from it) and leads to its anchor (`/van-ban/<slug>#dieu-5`, on the page holding it when the text is paged:
 * `/van-ban/<slug>/dieu-106#dieu-120`); engines give one result per document and its
 * articles, the best match (`SearchDocument.parentId`). The document's own record then keeps only the text outside
 * the articles (the preamble, the closing), so the words of an article are indexed once, where they lead.
 */
export function toSearchDocuments(collection: PublicCollection, doc: LegalDocument | Procedure | News | Question, locale: Locale = 'vi'): SearchDocument[] {
  const record = toSearchDocument(collection, doc, locale)
  if (collection !== 'legal-documents' || !record.body) return [record]
  const parsed = parseLegalText(record.body)
  if (parsed.articles.length === 0) return [record]
  // A long text is paged: an article leads to the page holding it.
  const paged = legalTextParts(doc as LegalDocument)
  const pageOf = (id: string) => {
    const segment = paged?.parts[paged.partOf.get(id) ?? 0]?.segment
    return segment ? `${record.url}/${segment}` : record.url
  }
  const outside = (blocks: LegalBlock[]) => blocks.map(blockText)
  const rest = [
    ...outside(parsed.preamble),
    ...parsed.items.flatMap((item) => (item.kind === 'article' ? [] : [`${item.number} ${item.title}`, ...outside(item.blocks)])),
    ...outside(parsed.closing),
  ].join('\n')
  const parts = parsed.articles.map(
    (article): SearchDocument => ({
      id: `${record.id}#${article.id}`,
      type: record.type,
      locale,
      title: article.heading,
      summary: articleText(article) || undefined,
      url: `${pageOf(article.id)}#${article.id}`,
      ...(record.date !== undefined && { date: record.date }),
      ...(record.facets !== undefined && { facets: record.facets }),
      ...(record.inForce !== undefined && { inForce: record.inForce }),
      parentId: record.id,
      parentTitle: record.title,
    }),
  )
  return [{ ...record, body: rest || undefined }, ...parts]
}
