import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SearchDocument } from '@congkhai/search'
import { z } from 'zod'

/** A corpus article as stored in `corpus_articles.jsonl`. */
export interface ArticleRow {
  law_id: string
  article_id: string
  text: string
}

/** One query to score and the ids of the records that answer it. */
export interface JudgedQuery {
  id: string
  text: string
  relevant: ReadonlySet<string>
}

/** A corpus, as index records, and the queries judged against it. */
export interface RetrievalSet {
  folder: string
  rows: ArticleRow[]
  docs: SearchDocument[]
  queries: JudgedQuery[]
}

/** The files a folder must hold to be scored. */
export const RETRIEVAL_FILES = ['corpus_articles.jsonl', 'queries.jsonl', 'qrels.jsonl'] as const

/** Schema of one line of `corpus_articles.jsonl`. */
export const articleSchema: z.ZodType<ArticleRow> = z.object({
  law_id: z.string(),
  article_id: z.coerce.string(),
  text: z.string(),
})
const querySchema = z.object({ example_id: z.string(), statement: z.string() })
const qrelSchema = z.object({ example_id: z.string(), law_id: z.string(), article_id: z.coerce.string() })

/** The index id of a law article; `law_id` and `article_id` together are unique in the corpus. */
export function articleId(lawId: string, articleNumber: string): string {
  return `legal-document:vi:${lawId}/${articleNumber}`
}

/** Parses a JSON Lines file with a schema, naming the file and line of the first bad record. */
export async function readJsonLines<T>(path: string, schema: z.ZodType<T>): Promise<T[]> {
  const lines = (await readFile(path, 'utf8')).split('\n')
  return lines.flatMap((line, i) => {
    if (line.trim() === '') return []
    const parsed = schema.safeParse(JSON.parse(line))
    if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid record'}`)
    return [parsed.data]
  })
}

/**
 * Turns a corpus article into the record the site would index for it.
 *
 * @remarks `text` is the article's title, a line break, then its body, except in laws whose articles have no titles
 * (Hiến pháp 2013): there the first line is already body text, a clause (`1. …`) or a sentence ending in `.`, `:`
 * or `;`, and the record is titled by its article number instead.
 */
export function articleDocument(row: ArticleRow): SearchDocument {
  const text = row.text.trim()
  const lineEnd = text.indexOf('\n')
  const firstLine = (lineEnd === -1 ? text : text.slice(0, lineEnd)).trim()
  const untitled = lineEnd === -1 || /^\d+\./.test(firstLine) || /[.:;]$/.test(firstLine)
  const year = Number(/\b(\d{4})$/.exec(row.law_id)?.[1]) || undefined
  return {
    id: articleId(row.law_id, row.article_id),
    type: 'legal-document',
    locale: 'vi',
    title: untitled ? `Điều ${row.article_id}` : firstLine,
    summary: row.law_id,
    body: untitled ? text : text.slice(lineEnd + 1).trim(),
    url: `/van-ban/${encodeURIComponent(row.law_id)}#dieu-${row.article_id}`,
    facets: { documentType: row.law_id.split(' ')[0] === 'Hiến' ? 'Hiến pháp' : 'Luật', ...(year && { year }) },
  }
}

/**
 * Reads a folder laid out like `alqac2023-legal-retrieval`: articles, queries, and which articles answer each query.
 *
 * @remarks Queries without any judged article are left out, since recall is undefined for them.
 */
export async function loadRetrievalSet(folder: string): Promise<RetrievalSet> {
  const [rows, queryRows, qrels] = await Promise.all([
    readJsonLines(join(folder, 'corpus_articles.jsonl'), articleSchema),
    readJsonLines(join(folder, 'queries.jsonl'), querySchema),
    readJsonLines(join(folder, 'qrels.jsonl'), qrelSchema),
  ])
  const relevant = new Map<string, Set<string>>()
  for (const qrel of qrels) {
    const ids = relevant.get(qrel.example_id) ?? new Set<string>()
    relevant.set(qrel.example_id, ids.add(articleId(qrel.law_id, qrel.article_id)))
  }
  const queries = queryRows.flatMap(({ example_id: id, statement }) => {
    const ids = relevant.get(id)
    return ids ? [{ id, text: statement, relevant: ids }] : []
  })
  return { folder, rows, docs: rows.map(articleDocument), queries }
}
