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
  _dirtCount: number
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

/** One term's postings in one field, as a query visits them (for highlighting: which terms matched a record). */
interface Visited {
  term: string
  freqs: PackedPostings
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 } as const
const MAX_CACHED_EXPANSIONS = 5_000

/**
 * Scores queries over a MiniSearch index the way `MiniSearch#search` does (BM25+, prefix and fuzzy weights, the
 * number of query terms matched as a factor), without building an object per matching record and term.
 *
 * @remarks `MiniSearch#search` allocates a result object, a terms array and a match object per posting, which made
 * a question over 10,000 records cost hundreds of milliseconds. The reader scores each packed posting list
 * (`PackedPostings.ts`) where it lies, with each record's BM25+ length term computed once per field, accumulates into
 * typed arrays indexed by MiniSearch's short ids, and remembers prefix and typo expansions. It keeps no copy of any
 * list: compiled copies with their scores (12 bytes a posting) were 50 MB per search thread at 10,000 documents and,
 * as queries touched more lists than a bounded cache held, most of the time went to compiling them again. It is built
 * for one state of the index: the engine makes a new reader whenever the index changes.
 */
export class IndexReader {
  readonly #index: MiniSearchInternals
  /** Per record and field, BM25+'s `k × (1 − b + b × length / average length)`. */
  readonly #lengthTerm: Float64Array
  readonly #fieldCount: number
  /** 1 for every short id still in the index (MiniSearch leaves removed records in the postings until vacuumed). */
  readonly #live: Uint8Array
  /** Inverse document frequency per posting, for the lists read while removed records are still in the postings. */
  readonly #dirty = new Map<PackedPostings, Float64Array>()
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
    const fieldCount = (this.#fieldCount = Object.keys(this.#index._fieldIds).length)
    const average = this.#index._avgFieldLength
    this.#lengthTerm = new Float64Array(size * fieldCount)
    for (const [doc, lengths] of this.#index._fieldLength) {
      for (let field = 0; field < fieldCount; field++) {
        const length = lengths[field] ?? 0
        this.#lengthTerm[doc * fieldCount + field] = BM25.k * (1 - BM25.b + (BM25.b * length) / average[field]!)
      }
    }
    this.#live = new Uint8Array(size)
    for (const doc of this.#index._documentIds.keys()) this.#live[doc] = 1
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
   * @param within a mask accepting every record `accepts` does, and only records in the index, used by many queries
   * (a locale): the records it leaves out are skipped before they are scored
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
    const visited: Visited[] = []
    const live = this.#live
    for (const leaf of leaves) {
      for (const term of leaf.terms) {
        const slot = termIndex.get(term)!
        for (const [derived, data, weight] of this.#expand(term, leaf.prefix ?? false, leaf.fuzzy ?? false)) {
          for (const field of leaf.fields) {
            const fieldId = this.#index._fieldIds[field]
            const freqs = data.get(fieldId)
            if (!freqs) continue
            visited.push({ term: derived, freqs })
            const factor = weight * (leaf.termBoost ?? 1) * (leaf.boost[field] || 1)
            const idf = this.#idf(freqs)
            const list: List = typeof idf === 'number'
              ? { postings: freqs.data, size: freqs.size, idf, idfAt: undefined, field: fieldId, fields: this.#fieldCount }
              : { postings: freqs.data, size: freqs.size, idf: 0, idfAt: idf, field: fieldId, fields: this.#fieldCount }
            count = accumulate(list, this.#lengthTerm, within ?? live, factor, slot, scratch, count)
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
   * BM25+'s inverse document frequency of a posting list, or, for a list holding records removed from the index but
   * not yet vacuumed out of it, one per posting: MiniSearch counts such a record out of the list's size once it meets
   * it, so the postings after it score with the smaller count.
   */
  #idf(freqs: PackedPostings): number | Float64Array {
    const total = this.#index._documentCount
    const idf = (matching: number) => Math.log(1 + (total - matching + 0.5) / (matching + 0.5))
    if (this.#index._dirtCount === 0) return idf(freqs.size)
    let byPosting = this.#dirty.get(freqs)
    if (!byPosting) {
      byPosting = new Float64Array(freqs.size)
      let matching = freqs.size
      let i = 0
      freqs.forEach((_, doc) => {
        if (this.#live[doc] === 0) matching -= 1
        byPosting![i++] = idf(matching)
      })
      this.#dirty.set(freqs, byPosting)
    }
    return byPosting
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

/** One term's postings in one field, with what scoring them needs. */
interface List {
  /** (short id, frequency) pairs, `size` of them. */
  postings: Int32Array
  size: number
  idf: number
  /** The inverse document frequency per posting instead, in a list holding removed records. */
  idfAt: Float64Array | undefined
  field: number
  fields: number
}

/**
 * Adds a posting list's BM25+ scores into the scratch arrays and marks query term `slot` as matched by its records,
 * skipping the records `accepts` does not (removed ones, or another language's).
 *
 * @returns the new number of records touched
 * @remarks Kept small and monomorphic so V8 compiles the loop tightly: it is where almost all query time goes. The
 * score is MiniSearch's expression, operation for operation, so it is the same to the last bit.
 */
function accumulate(list: List, lengthTerm: Float64Array, accepts: Uint8Array, factor: number, slot: number, scratch: Scratch, count: number): number {
  const { score, stamp, bits, touched, words, generation } = scratch
  const { postings, size, idfAt, field, fields } = list
  const word = slot >>> 5
  const bit = 1 << (slot & 31)
  for (let i = 0; i < size; i++) {
    const doc = postings[2 * i]!
    if (accepts[doc] !== 1) continue
    const frequency = postings[2 * i + 1]!
    const idf = idfAt === undefined ? list.idf : idfAt[i]!
    const value = factor * (idf * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + lengthTerm[doc * fields + field]!)))
    if (words === 1) {
      // Queries of up to 32 terms, nearly all of them: one word of bits per record.
      if (stamp[doc] !== generation) {
        stamp[doc] = generation
        score[doc] = value
        bits[doc] = bit
        touched[count++] = doc
      } else {
        score[doc] += value
        bits[doc] |= bit
      }
      continue
    }
    const base = doc * words
    if (stamp[doc] !== generation) {
      stamp[doc] = generation
      score[doc] = 0
      for (let w = 0; w < words; w++) bits[base + w] = 0
      touched[count++] = doc
    }
    score[doc] += value
    bits[base + word] |= bit
  }
  return count
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}
