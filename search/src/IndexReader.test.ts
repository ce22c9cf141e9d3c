import MiniSearch, { type Query } from 'minisearch'
import { describe, expect, it } from 'vitest'
import { createCompactIndex } from './compactIndex'
import { IndexReader, type Leaf } from './IndexReader'
import { INDEX_OPTIONS } from './rankMatches'
import type { SearchDocument } from './SearchEngine'
import { fixtures } from './testing/fixtures'

const asQuery = (leaves: Leaf[]): Query => ({
  combineWith: 'OR',
  queries: leaves.map(({ terms, fields, boost, fuzzy, prefix, termBoost }) => ({
    combineWith: 'OR',
    queries: [...terms],
    fields: [...fields],
    boost,
    fuzzy: fuzzy ?? false,
    prefix: prefix ?? false,
    ...(termBoost !== undefined && { boostTerm: () => termBoost }),
  })),
})

/** The index as the engine keeps it: MiniSearch with packed postings (its own search then reads them too). */
function indexOf(docs: SearchDocument[]): MiniSearch<SearchDocument> {
  const index = createCompactIndex<SearchDocument>(INDEX_OPTIONS)
  index.addAll(docs)
  return index
}

const cases: [string, Leaf[]][] = [
  ['one word in the folded fields', [{ terms: ['ho'], fields: ['title', 'text'], boost: { title: 2 } }]],
  [
    'a prefix, a typo budget and a term boost',
    [
      { terms: ['chieu'], fields: ['title', 'text'], boost: {}, fuzzy: 1 },
      { terms: ['hcieu'], fields: ['title', 'text'], boost: {}, termBoost: 0.45 },
      { terms: ['ca'], fields: ['title', 'number', 'text'], boost: { number: 4 }, prefix: true },
    ],
  ],
  [
    'several terms in one leaf, and one term in two leaves',
    [
      { terms: [' ho chieu', ' cap ho'], fields: ['titlePairs', 'textPairs'], boost: {} },
      { terms: ['ho'], fields: ['title'], boost: {} },
      { terms: ['ho'], fields: ['text'], boost: { text: 0.3 }, prefix: true },
    ],
  ],
]

describe('IndexReader', () => {
  const docs = fixtures
  it.each(cases)('scores and orders as MiniSearch#search does: %s', (_, leaves) => {
    const index = indexOf(docs)
    const expected = index.search(asQuery(leaves))
    expect(expected.length).toBeGreaterThan(0)
    const reader = new IndexReader(index)
    const scored = reader.score(leaves)
    const ranked = [...scored.docs].sort((a, b) => scored.score[b] - scored.score[a] || 0)
    expect(ranked.map((doc) => reader.idOf(doc))).toEqual(expected.map((result) => result.id))
    ranked.forEach((doc, i) => {
      expect(scored.score[doc]).toBeCloseTo(expected[i].score, 9)
      expect(scored.termsOf(doc).sort()).toEqual([...expected[i].terms].sort())
      const queryTerms = scored.queryTerms.filter((_, term) => scored.matched(doc, term))
      expect(queryTerms.sort()).toEqual([...expected[i].queryTerms].sort())
    })
  })

  it('leaves out records removed from the index but not yet vacuumed, as MiniSearch does', () => {
    const index = indexOf(docs)
    const removed = index.search('ho')[0].id
    index.discard(removed)
    const reader = new IndexReader(index)
    const scored = reader.score([{ terms: ['ho'], fields: ['title', 'text'], boost: {} }])
    const ids = [...scored.docs].map((doc) => reader.idOf(doc))
    expect(ids).not.toContain(removed)
    expect(ids.sort()).toEqual(index.search('ho', { fields: ['title', 'text'] }).map((r) => r.id).sort())
  })

  it('leaves out records the filter rejects', () => {
    const index = indexOf(docs)
    const reader = new IndexReader(index)
    const all = reader.score([{ terms: ['ho'], fields: ['title', 'text'], boost: {} }]).docs
    const accepts = new Uint8Array(reader.size).fill(1)
    accepts[all[0]] = 0
    const kept = reader.score([{ terms: ['ho'], fields: ['title', 'text'], boost: {} }], accepts).docs
    expect([...kept]).toEqual([...all].slice(1))
  })
})
