import { describe, expect, it } from 'vitest'
import { scoreRanking, summarize } from './metrics'

describe('scoreRanking', () => {
  it('scores the share of relevant records found, whether any was, and the first one’s rank', () => {
    expect(scoreRanking(['a', 'b', 'c'], new Set(['b', 'z']))).toEqual({ recall: 0.5, hit: 1, reciprocalRank: 0.5 })
  })

  it('looks only at the top k', () => {
    expect(scoreRanking(['a', 'b', 'c'], new Set(['c']), 2)).toEqual({ recall: 0, hit: 0, reciprocalRank: 0 })
  })

  it('counts a repeated id once, so repeats cannot push a hit into the top k or raise recall', () => {
    expect(scoreRanking(['a', 'a', 'b'], new Set(['b']), 2)).toEqual({ recall: 1, hit: 1, reciprocalRank: 0.5 })
  })
})

describe('summarize', () => {
  it('averages each score over the queries', () => {
    const summary = summarize([
      { recall: 1, hit: 1, reciprocalRank: 1 },
      { recall: 0.5, hit: 1, reciprocalRank: 0.25 },
      { recall: 0, hit: 0, reciprocalRank: 0 },
    ])
    expect(summary).toEqual({ queries: 3, recall: 0.5, hit: 2 / 3, mrr: 1.25 / 3 })
  })

  it('gives zeros for no queries', () => {
    expect(summarize([])).toEqual({ queries: 0, recall: 0, hit: 0, mrr: 0 })
  })
})
