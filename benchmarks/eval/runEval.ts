import { access } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { numberKey } from '@congkhai/search/vietnamese'
import { CITED_QUERY_FILES, LAW_NUMBERS, loadCitedQueries } from './citedQueries'
import { evaluateRetrieval, K, type VariantSummary } from './evaluateRetrieval'
import { articleId, loadRetrievalSet, RETRIEVAL_FILES } from './retrievalSet'
import { baselineRetrievers, engineRetrievers, siteRetriever } from './retrievers'

/** Where the data to score is. */
export interface EvalFolders {
  /** Folder laid out like `alqac2023-legal-retrieval`. */
  data: string
  /** Folder laid out like `zalo2021-legal-queries`; leave out to skip the questions citing documents by number. */
  cited?: string
}

/** Everything `npm run eval:search` reports. */
export interface EvalReport {
  data: { folder: string; articles: number; queries: number; variants: VariantSummary[] }
  cited?: { folder: string; total: number; kept: number; documents: VariantSummary[]; articles: VariantSummary[] }
}

/** Issue 5's relevance targets (recall@10, MRR@10) per variant. */
export const TARGETS: Readonly<Record<string, { recall: number; mrr: number }>> = {
  engine: { recall: 0.92, mrr: 0.8 },
  'engine, marks stripped': { recall: 0.88, mrr: 0.75 },
}

/** Throws an error naming the folder and the files it lacks, or returns normally when they are all there. */
export async function requireFiles(folder: string, files: readonly string[], hint: string): Promise<void> {
  const missing: string[] = []
  for (const file of files) await access(join(folder, file)).catch(() => missing.push(file))
  if (missing.length > 0) throw new Error(`Evaluation data missing in ${folder}: ${missing.join(', ')}.\n${hint}`)
}

/**
 * Scores our engine (queries as typed and stripped of marks) and the MiniSearch baseline on a judged corpus, then
 * on questions citing its documents by number.
 */
export async function runEval(folders: EvalFolders, hint = ''): Promise<EvalReport> {
  await requireFiles(folders.data, RETRIEVAL_FILES, hint)
  const set = await loadRetrievalSet(folders.data)
  const retrievers = [...(await engineRetrievers(set.docs)), ...baselineRetrievers(set.rows), await siteRetriever(set.rows)]
  const report: EvalReport = {
    data: {
      folder: folders.data,
      articles: set.docs.length,
      queries: set.queries.length,
      variants: await evaluateRetrieval(retrievers, set.queries),
    },
  }
  if (folders.cited === undefined) return report
  await requireFiles(folders.cited, CITED_QUERY_FILES, hint)
  const numberOf = new Map<string, string>()
  for (const row of set.rows) {
    const number = LAW_NUMBERS[row.law_id]
    if (number) numberOf.set(articleId(row.law_id, row.article_id), `${numberKey(number)}/${row.article_id}`)
  }
  const cited = await loadCitedQueries(folders.cited, new Set([...numberOf.values()].map((id) => id.split('/')[0]!)))
  const toArticles = (ids: string[]) => ids.flatMap((id) => numberOf.get(id) ?? [])
  const toDocuments = (ids: string[]) => toArticles(ids).map((id) => id.split('/')[0]!)
  report.cited = {
    folder: folders.cited,
    total: cited.total,
    kept: cited.documents.length,
    documents: await evaluateRetrieval(retrievers, cited.documents, toDocuments),
    articles: await evaluateRetrieval(retrievers, cited.articles, toArticles),
  }
  return report
}

const figure = (value: number) => value.toFixed(3)

/** One summary line: variant, recall@K, hit@K, MRR@K, time, and whether it meets its target. */
function line(
  variant: VariantSummary,
  targets: Readonly<Record<string, { recall: number; mrr: number }>> = {},
): string {
  const target = targets[variant.name]
  const verdict = target
    ? `  target ${target.recall}/${target.mrr}: ${variant.recall >= target.recall && variant.mrr >= target.mrr ? 'met' : 'NOT met'}`
    : ''
  const figures = `recall@${K} ${figure(variant.recall)}  hit@${K} ${figure(variant.hit)}  MRR@${K} ${figure(variant.mrr)}`
  return `  ${variant.name.padEnd(26)} ${figures}  (${variant.seconds.toFixed(1)} s)${verdict}`
}

/** Formats a report as the lines the CLI prints. */
export function formatReport(report: EvalReport): string[] {
  const { data, cited } = report
  const lines = [
    `${basename(data.folder)}: ${data.articles} articles, ${data.queries} queries`,
    ...data.variants.map((variant) => line(variant, TARGETS)),
  ]
  if (cited) {
    lines.push(
      `${basename(cited.folder)}: ${cited.kept} of ${cited.total} questions cite a document in the index`,
      `  document level (a cited document among the top ${K} articles):`,
      ...cited.documents.map((variant) => line(variant)),
      `  article level (a cited article in the top ${K}):`,
      ...cited.articles.map((variant) => line(variant)),
    )
  }
  return lines
}
