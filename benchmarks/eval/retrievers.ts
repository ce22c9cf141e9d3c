import { EmbeddedEngine, type SearchDocument } from '@congkhai/search'
import { fold } from '@congkhai/search/vietnamese'
import MiniSearch from 'minisearch'
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
