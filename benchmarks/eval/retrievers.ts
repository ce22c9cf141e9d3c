import { EmbeddedEngine, type SearchDocument } from '@congkhai/search'
import { fold } from '@congkhai/search/vietnamese'
import MiniSearch from 'minisearch'
import { toSearchDocuments } from '@congkhai/site/searchDocuments'
import type { ArticleRow } from './retrievalSet'
import { articleId } from './retrievalSet'

/** A named way of turning a query into the ids of its top results. */
export interface Retriever {
  name: string
  search(query: string, k: number): Promise<string[]>
}

/** Removes tone and vowel marks from a query as someone typing without accents would: `Hộ chiếu` → `ho chieu`. */
export const stripMarks = (query: string): string => fold(query)

/**
 * Our engine over the records, answering queries as typed and with their marks stripped.
 *
 * @remarks Both variants share one in-memory index, so the comparison isolates the query.
 */
export async function engineRetrievers(docs: SearchDocument[]): Promise<Retriever[]> {
  const engine = new EmbeddedEngine()
  await engine.replaceAll(docs)
  const search = async (q: string, k: number) => (await engine.search({ q, limit: k })).hits.map((hit) => hit.id)
  return [
    { name: 'engine', search },
    { name: 'engine, marks stripped', search: (q, k) => search(stripMarks(q), k) },
  ]
}

/**
 * MiniSearch with its default settings over the raw article text, answering queries as typed and stripped.
 *
 * @remarks The reference point of issue 5: default tokenizer and lower-casing, OR of the words, BM25, no folding.
 */
export function baselineRetrievers(rows: ArticleRow[]): Retriever[] {
  const index = new MiniSearch<ArticleRow & { id: string }>({ fields: ['text'] })
  index.addAll(rows.map((row) => ({ ...row, id: articleId(row.law_id, row.article_id) })))
  const search = async (q: string, k: number) =>
    index
      .search(q)
      .slice(0, k)
      .map((result) => String(result.id))
  return [
    { name: 'baseline', search },
    { name: 'baseline, marks stripped', search: (q, k) => search(stripMarks(q), k) },
  ]
}

/**
 * Our engine over the laws as the site indexes a legal document: one record per law holding its whole text, split
 * by the site into the law and its articles (`toSearchDocuments`), one result per law (its best article).
 *
 * @remarks The ids returned are the articles' (from the anchor each hit leads to), so it is scored on the same
 * judgements as `engine`. Each law's text is rebuilt from its articles as `Điều 5. Title` + body (`Điều 5` on a line
 * of its own for the Constitution's untitled articles), which is how a text layer or a typed body reads.
 */
export async function siteRetriever(rows: ArticleRow[]): Promise<Retriever> {
  const records: SearchDocument[] = []
  const lawOf = new Map<string, string>()
  for (const [i, [law, articles]] of [...Map.groupBy(rows, (row) => row.law_id)].entries()) {
    const text = articles
      .map(({ article_id: n, text }) => (/^(\d+\.|[^\n]*[.:;]\n)/.test(`${text.trim()}\n`) ? `Điều ${n}\n${text}` : `Điều ${n}. ${text}`))
      .join('\n\n')
    const slug = `luat-${i + 1}`
    lawOf.set(slug, law)
    const doc = { id: i + 1, title: law, number: `${i + 1}/QH`, slug, documentType: 'luat', issuer: 'Quốc hội', issuedDate: '2020-01-01', validity: 'con-hieu-luc', bodyHtml: null, attachments: [{ id: i + 1, extraction: { status: 'done', text } }] }
    records.push(...toSearchDocuments('legal-documents', doc as unknown as Parameters<typeof toSearchDocuments>[1]))
  }
  const engine = new EmbeddedEngine()
  await engine.replaceAll(records)
  const articleOf = (url: string) => {
    const match = /^\/van-ban\/([^#]+)#dieu-(.+)$/.exec(url)
    return match ? [articleId(lawOf.get(match[1]!)!, match[2]!)] : []
  }
  return { name: 'engine, laws as on site', search: async (q, k) => (await engine.search({ q, limit: k })).hits.flatMap((hit) => articleOf(hit.url)) }
}
