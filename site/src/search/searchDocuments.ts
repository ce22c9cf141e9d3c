import type { Locale, SearchDocument } from '@congkhai/search'
import type { PublicCollection } from '@congkhai/contracts/publish'
import { nameOf, type LegalDocument, type News, type Procedure, type Question } from '../published/cms'
import { documentTypeLabels, levelLabels, validityLabels } from '../published/format'

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
      body: htmlToText(d.bodyHtml),
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
