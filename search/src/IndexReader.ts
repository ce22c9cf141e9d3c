import type MiniSearch from 'minisearch'
import type { PackedPostings } from './PackedPostings'
import type { SearchDocument } from './SearchEngine'

/** Field id → short document id → term frequency: what MiniSearch keeps per indexed term (packed, `compactIndex.ts`). */
type FieldTermData = Map<number, PackedPostings>

/**
 * The parts of a MiniSearch 7.2 instance the reader scores from.
 *
 * @remarks These are private fields of MiniSearch (pinned in search/package.json). `IndexReader.test.ts` checks that
 * the reader ranks exactly as `MiniSearch#search` does, so an upgrade that changes them fails there first.
 */
interface MiniSearchInternals {
  _index: {
    get(term: string): FieldTermData | undefined
    atPrefix(prefix: string): Iterable<[string, FieldTermData]>
    fuzzyGet(term: string, distance: number): Map<string, [FieldTermData, number]>
  }
  _documentCount: number
  _nextId: number
  _documentIds: Map<number, string>
  _fieldIds: Record<string, number>
  _fieldLength: Map<number, number[]>
  _avgFieldLength: number[]
}

/** One query term and how to match it, with the meaning of MiniSearch's per-query search options. */
export interface Leaf {
  /** Already-analysed query terms, each looked up as is. */
  terms: readonly string[]
  fields: readonly string[]
  /** Weight per field; a field left out (or given 0) weighs 1, as in MiniSearch. */
  boost: Readonly<Record<string, number>>
  /** Edit distance a term may be away from an indexed term. */
  fuzzy?: number | false
  /** Whether indexed terms that start with the term match too. */
  prefix?: boolean
  termBoost?: number
}

/** The records a query matched, in the order they were first matched, with their scores. */
export interface Scored {
  /** Short ids of the matched records, in order of first match (the order MiniSearch breaks score ties by). */
  docs: Int32Array
  /** Score by short id, valid for the ids in `docs` until the next `score` call. */
  score: Float64Array
  /** Whether query term `term` (index into `queryTerms`) matched record `doc`. */
  matched(doc: number, term: number): boolean
  /** The same as bits: query term `t` matched record `doc` when bit `t % 32` of `bits[doc * words + (t >>> 5)]` is set. */
  bits: Uint32Array
  words: number
  /** Distinct query terms, in the order first used. */
  queryTerms: readonly string[]
  /** Indexed terms the record matched, for highlighting; costs a look-up per term the query touched. */
  termsOf(doc: number): string[]
}

/** Records and their scores for one term in one field. */
interface PostingList {
  docs: Int32Array
  /** BM25+ score of the term in the field, per posting. */
  scores: Float64Array
}

interface Postings extends PostingList {
  term: string
  freqs: PackedPostings
  /** The postings of the records a narrowing mask accepts, per mask, made when first asked for. */
  within?: WeakMap<Uint8Array, PostingList>
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 } as const
/** Postings kept compiled, in all; past this the cache starts again, bounding its memory (12 bytes a posting). */
const MAX_CACHED_POSTINGS = 4_000_000
const MAX_CACHED_EXPANSIONS = 5_000

/**
 * Scores queries over a MiniSearch index the way `MiniSearch#search` does (BM25+, prefix and fuzzy weights, the
 * number of query terms matched as a factor), without building an object per matching record and term.
 *
 * @remarks `MiniSearch#search` allocates a result object, a terms array and a match object per posting, which made
 * a question over 10,000 records cost hundreds of milliseconds. The reader compiles each posting list it touches
 * into typed arrays with the BM25+ score already computed, accumulates into typed arrays indexed by MiniSearch's
 * short ids, and remembers prefix and typo expansions. It is built for one state of the index: the engine makes a
 * new reader whenever the index changes.
 */
export class IndexReader {
  readonly #index: MiniSearchInternals
  readonly #fieldLength: Float64Array
  readonly #fieldCount: number
  #postings = new Map<PackedPostings, Postings>()
  #cachedPostings = 0
  readonly #expansions = new Map<string, [string, FieldTermData, number][]>()
  // Scratch space, reused by every query; searches never interleave because scoring is synchronous.
  readonly #score: Float64Array
  readonly #stamp: Uint32Array
  #generation = 0
  #touched: Int32Array
  #bits = new Uint32Array(0)
  #words = 0

  constructor(index: MiniSearch<SearchDocument>) {
    this.#index = index as unknown as MiniSearchInternals
    const size = this.#index._nextId
    this.#fieldCount = Object.keys(this.#index._fieldIds).length
    this.#fieldLength = new Float64Array(size * this.#fieldCount)
    for (const [doc, lengths] of this.#index._fieldLength) {
      lengths.forEach((length, field) => (this.#fieldLength[doc * this.#fieldCount + field] = length ?? 0))
    }
    this.#score = new Float64Array(size)
    this.#stamp = new Uint32Array(size)
    this.#touched = new Int32Array(size)
  }

  /** Number of short ids, so callers can size arrays indexed by them. */
  get size(): number {
    return this.#score.length
  }

  /** The record id of a short id. */
  idOf(doc: number): string | undefined {
    return this.#index._documentIds.get(doc)
  }

  /** Short id → record id, for every record in the index. */
  get documentIds(): ReadonlyMap<number, string> {
    return this.#index._documentIds
  }

  /** The records that have exactly this indexed term in this field. */
  withTerm(term: string, field: string): { has(doc: number): boolean } {
    return this.#index._index.get(term)?.get(this.#index._fieldIds[field]) ?? new Set<number>()
  }

  /**
   * Scores the leaves, combined with OR, over every record.
   *
   * @param accepts by short id, 1 for a record that may be returned; the others are left out without changing scores
   * @param within a mask accepting every record `accepts` does, used by many queries (a locale): each posting list is
   * narrowed to it once and kept, so queries skip the records it leaves out instead of scoring them
   */
  score(leaves: readonly Leaf[], accepts?: Uint8Array, within?: Uint8Array): Scored {
    const queryTerms: string[] = []
    const termIndex = new Map<string, number>()
    for (const leaf of leaves) {
      for (const term of leaf.terms) if (!termIndex.has(term)) termIndex.set(term, queryTerms.push(term) - 1)
    }
    const words = Math.max(1, Math.ceil(queryTerms.length / 32))
    if (this.#bits.length < words * this.size) this.#bits = new Uint32Array(words * this.size)
    this.#words = words
    const generation = (this.#generation = (this.#generation + 1) >>> 0 || 1)
    if (generation === 1) this.#stamp.fill(0)
    const scratch = this.#scratch(words, generation)
    const { bits, score, touched } = scratch
    let count = 0
    const visited: Postings[] = []
    for (const leaf of leaves) {
      for (const term of leaf.terms) {
        const slot = termIndex.get(term)!
        for (const [derived, data, weight] of this.#expand(term, leaf.prefix ?? false, leaf.fuzzy ?? false)) {
          for (const field of leaf.fields) {
            const fieldId = this.#index._fieldIds[field]
            const freqs = data.get(fieldId)
            if (!freqs) continue
            const postings = this.#compile(derived, freqs, fieldId)
            visited.push(postings)
            const factor = weight * (leaf.termBoost ?? 1) * (leaf.boost[field] || 1)
            count = accumulate(within ? this.#within(postings, within) : postings, factor, slot, scratch, count)
          }
        }
      }
    }
    let kept = 0
    for (let i = 0; i < count; i++) {
      const doc = touched[i]
      if (accepts && accepts[doc] !== 1) continue
      let quality = 0
      for (let w = 0; w < words; w++) quality += popcount(bits[doc * words + w])
      score[doc] *= quality || 1
      touched[kept++] = doc
    }
    const docs = touched.slice(0, kept)
    return {
      docs,
      score,
      queryTerms,
      bits,
      words,
      matched: (doc, term) => (bits[doc * words + (term >>> 5)] & (1 << (term & 31))) !== 0,
      termsOf: (doc) => [...new Set(visited.filter((p) => p.freqs.has(doc)).map((p) => p.term))],
    }
  }

  #scratch(words: number, generation: number): Scratch {
    return { score: this.#score, stamp: this.#stamp, bits: this.#bits, touched: this.#touched, words, generation }
  }

  /** The indexed terms a query term stands for, with their weights: itself, then prefix, then typo matches. */
  #expand(term: string, prefix: boolean, fuzzy: number | false): [string, FieldTermData, number][] {
    const key = `${prefix ? 'p' : ''}${fuzzy || ''}:${term}`
    const cached = this.#expansions.get(key)
    if (cached) return cached
    const index = this.#index._index
    const found: [string, FieldTermData, number][] = []
    const exact = index.get(term)
    if (exact) found.push([term, exact, 1])
    const fuzzyMatches = fuzzy ? index.fuzzyGet(term, fuzzy) : undefined
    if (prefix) {
      for (const [other, data] of index.atPrefix(term)) {
        const distance = other.length - term.length
        if (!distance) continue
        fuzzyMatches?.delete(other)
        found.push([other, data, (WEIGHTS.prefix * other.length) / (other.length + 0.3 * distance)])
      }
    }
    for (const [other, [data, distance]] of fuzzyMatches ?? []) {
      if (!distance) continue
      found.push([other, data, (WEIGHTS.fuzzy * other.length) / (other.length + distance)])
    }
    if (this.#expansions.size >= MAX_CACHED_EXPANSIONS) this.#expansions.clear()
    this.#expansions.set(key, found)
    return found
  }

  /**
   * The postings of the records a mask accepts, kept per mask.
   *
   * @remarks Every query is filtered at least by locale, which leaves out about half of every list; narrowing each
   * list once per locale instead of skipping postings on every query halves the work of the scoring loop. Only
   * long-lived masks belong here: each one keeps a copy of every list it narrowed.
   */
  #within(postings: Postings, accepts: Uint8Array): PostingList {
    const cached = postings.within?.get(accepts)
    if (cached) return cached
    const { docs, scores } = postings
    let kept = 0
    for (let i = 0; i < docs.length; i++) kept += accepts[docs[i]] === 1 ? 1 : 0
    let list: PostingList = postings
    if (kept < docs.length) {
      list = { docs: new Int32Array(kept), scores: new Float64Array(kept) }
      for (let i = 0, n = 0; i < docs.length; i++) {
        if (accepts[docs[i]] !== 1) continue
        list.docs[n] = docs[i]
        list.scores[n++] = scores[i]
      }
      this.#cachedPostings += kept
    }
    ;(postings.within ??= new WeakMap()).set(accepts, list)
    return list
  }

  /** The posting list of a term in a field as typed arrays with each record's BM25+ score, compiled once. */
  #compile(term: string, freqs: PackedPostings, fieldId: number): Postings {
    const cached = this.#postings.get(freqs)
    if (cached) return cached
    const index = this.#index
    const total = index._documentCount
    const average = index._avgFieldLength[fieldId]
    const docs = new Int32Array(freqs.size)
    const scores = new Float64Array(freqs.size)
    // MiniSearch counts a record removed from the index but not yet vacuumed out of the postings until it meets it.
    let matching = freqs.size
    let n = 0
    freqs.forEach((frequency, doc) => {
      if (!index._documentIds.has(doc)) {
        matching -= 1
        return
      }
      const length = this.#fieldLength[doc * this.#fieldCount + fieldId]
      const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5))
      docs[n] = doc
      scores[n++] = idf * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / average)))
    })
    const postings = { term, freqs, docs: docs.subarray(0, n), scores: scores.subarray(0, n) }
    if (this.#cachedPostings + n > MAX_CACHED_POSTINGS) {
      this.#postings = new Map()
      this.#cachedPostings = 0
    }
    this.#postings.set(freqs, postings)
    this.#cachedPostings += n
    return postings
  }

}

interface Scratch {
  score: Float64Array
  stamp: Uint32Array
  bits: Uint32Array
  touched: Int32Array
  words: number
  generation: number
}

/**
 * Adds a posting list's scores into the scratch arrays and marks query term `slot` as matched by its records.
 *
 * @returns the new number of records touched
 * @remarks Kept small and monomorphic so V8 compiles the loop tightly: it is where almost all query time goes.
 */
function accumulate({ docs, scores }: PostingList, factor: number, slot: number, scratch: Scratch, count: number): number {
  const { score, stamp, bits, touched, words, generation } = scratch
  if (words === 1) {
    // Queries of up to 32 terms, nearly all of them: one word of bits per record, no inner loop.
    const bit = 1 << slot
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]
      if (stamp[doc] !== generation) {
        stamp[doc] = generation
        score[doc] = factor * scores[i]
        bits[doc] = bit
        touched[count++] = doc
      } else {
        score[doc] += factor * scores[i]
        bits[doc] |= bit
      }
    }
    return count
  }
  const word = slot >>> 5
  const bit = 1 << (slot & 31)
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]
    const base = doc * words
    if (stamp[doc] !== generation) {
      stamp[doc] = generation
      score[doc] = 0
      for (let w = 0; w < words; w++) bits[base + w] = 0
      touched[count++] = doc
    }
    score[doc] += factor * scores[i]
    bits[base + word] |= bit
  }
  return count
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}
