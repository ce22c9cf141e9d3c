import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { createCompactIndex, loadSavedIndex, saveCompactIndex, trimPostings } from './compactIndex'
import { PackedPostings } from './PackedPostings'
import { INDEX_OPTIONS } from './rankMatches'
import type { SearchDocument } from './SearchEngine'
import { fixtures } from './testing/fixtures'

const QUERIES = ['ho chieu', 'cap', 'giay phep lai xe', 'thue']
const search = (index: MiniSearch<SearchDocument>, q: string) =>
  index.search(q, { prefix: true, fuzzy: 0.2, tokenize: (text) => text.split(' ') }).map(({ id, score, terms }) => ({ id, score, terms }))

describe('PackedPostings', () => {
  it('keeps postings in id order and reads and writes them as a Map does', () => {
    const postings = new PackedPostings()
    const map = new Map<number, number>()
    for (const [doc, frequency] of [[3, 1], [7, 2], [3, 4], [12, 1], [5, 9]] as const) {
      postings.set(doc, frequency)
      map.set(doc, frequency)
    }
    postings.delete(7)
    map.delete(7)
    expect(postings.size).toBe(map.size)
    expect([...postings]).toEqual([...map].sort(([a], [b]) => a - b))
    expect(postings.get(5)).toBe(9)
    expect(postings.has(7)).toBe(false)
    expect(postings.get(7)).toBeUndefined()
  })

  it('skips nothing when postings are deleted while it iterates, as MiniSearch does when vacuuming', () => {
    const postings = PackedPostings.fromObject({ 1: 1, 2: 1, 3: 2, 4: 1, 5: 1 })
    const seen: number[] = []
    for (const doc of postings.keys()) {
      seen.push(doc)
      if (doc % 2 === 0 || doc === 3) postings.delete(doc)
    }
    expect(seen).toEqual([1, 2, 3, 4, 5])
    expect([...postings.keys()]).toEqual([1, 5])
  })
})

describe('compact index', () => {
  const plain = new MiniSearch<SearchDocument>(INDEX_OPTIONS)
  plain.addAll(fixtures)

  it('finds and scores exactly as MiniSearch with its own Maps, after changes too', () => {
    const compact = createCompactIndex<SearchDocument>(INDEX_OPTIONS)
    compact.addAll(fixtures)
    trimPostings(compact)
    for (const q of QUERIES) expect(search(compact, q)).toEqual(search(plain, q))
    const changed = { ...fixtures[0], title: `${fixtures[0].title} thay đổi` }
    for (const index of [plain, compact]) {
      index.replace(changed)
      index.discard(fixtures[1].id)
    }
    for (const q of [...QUERIES, 'thay doi']) expect(search(compact, q)).toEqual(search(plain, q))
  })

  it('saves packed postings and loads them back: the same terms, postings and results, changes included', async () => {
    const compact = createCompactIndex<SearchDocument>(INDEX_OPTIONS)
    compact.addAll(fixtures)
    compact.discard(fixtures[2].id)
    const fresh = new MiniSearch<SearchDocument>(INDEX_OPTIONS)
    fresh.addAll(fixtures)
    fresh.discard(fixtures[2].id)
    const { postings, ...saved } = saveCompactIndex(compact)
    const loaded = loadSavedIndex<SearchDocument>({ ...JSON.parse(JSON.stringify(saved)), postings: postings.slice() }, INDEX_OPTIONS)
    // The same terms and postings; terms come in the order each tree was filled in.
    const byTerm = (index: MiniSearch<SearchDocument>) => {
      const js = JSON.parse(JSON.stringify(index))
      return { ...js, index: Object.fromEntries(js.index) }
    }
    expect(byTerm(loaded)).toEqual(byTerm(fresh))
    for (const q of QUERIES) expect(search(loaded, q)).toEqual(search(MiniSearch.loadJS<SearchDocument>(JSON.parse(JSON.stringify(fresh)), INDEX_OPTIONS), q))
    await Promise.all([loaded.vacuum(), fresh.vacuum()])
    expect(byTerm(loaded)).toEqual(byTerm(fresh))
  })
})
