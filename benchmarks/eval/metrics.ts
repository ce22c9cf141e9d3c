/** Scores of one ranking against the records judged relevant. */
export interface RankingScore {
  /** Share of the relevant records found in the top k. */
  recall: number
  /** 1 when at least one relevant record is in the top k, else 0. */
  hit: number
  /** 1 / rank of the first relevant record in the top k, 0 when there is none. */
  reciprocalRank: number
}

/** Means of {@link RankingScore}s over a query set: recall@k, hit@k and MRR@k. */
export interface Summary {
  queries: number
  recall: number
  hit: number
  mrr: number
}

/**
 * Scores the top `k` of a ranking against the set of relevant ids.
 *
 * @remarks Duplicate ids in the ranking count once, so an engine cannot raise recall by repeating a hit.
 */
export function scoreRanking(ranking: readonly string[], relevant: ReadonlySet<string>, k = 10): RankingScore {
  const top = [...new Set(ranking)].slice(0, k)
  const found = top.filter((id) => relevant.has(id)).length
  const first = top.findIndex((id) => relevant.has(id))
  return {
    recall: relevant.size === 0 ? 0 : found / relevant.size,
    hit: found > 0 ? 1 : 0,
    reciprocalRank: first === -1 ? 0 : 1 / (first + 1),
  }
}

/** Averages scores over queries; an empty set averages to zeros. */
export function summarize(scores: readonly RankingScore[]): Summary {
  const mean = (pick: (score: RankingScore) => number) =>
    scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + pick(score), 0) / scores.length
  return {
    queries: scores.length,
    recall: mean((s) => s.recall),
    hit: mean((s) => s.hit),
    mrr: mean((s) => s.reciprocalRank),
  }
}
