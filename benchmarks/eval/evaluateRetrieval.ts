import { scoreRanking, summarize, type Summary } from './metrics'
import type { Retriever } from './retrievers'

/** A query and what counts as a right answer to it, in the same ids as the rankings it is scored on. */
export interface ScoredQuery {
  text: string
  relevant: ReadonlySet<string>
}

/** One variant's averages over a query set and the time it took. */
export interface VariantSummary extends Summary {
  name: string
  seconds: number
}

/** Cut-off of every metric: a results page shows ten hits. */
export const K = 10

/**
 * Runs every query through each retriever and averages recall@K, hit@K and MRR@K per retriever.
 *
 * @param project maps a ranking of record ids to the ids the judgements use (e.g. article → document); each
 * projected id keeps the rank of its first record.
 */
export async function evaluateRetrieval(
  retrievers: readonly Retriever[],
  queries: readonly ScoredQuery[],
  project: (ids: string[]) => string[] = (ids) => ids,
): Promise<VariantSummary[]> {
  const summaries: VariantSummary[] = []
  for (const retriever of retrievers) {
    const started = performance.now()
    const scores = []
    for (const query of queries) {
      const ranking = project(await retriever.search(query.text, K))
      scores.push(scoreRanking(ranking, query.relevant, K))
    }
    const seconds = (performance.now() - started) / 1000
    summaries.push({ name: retriever.name, seconds, ...summarize(scores) })
  }
  return summaries
}
