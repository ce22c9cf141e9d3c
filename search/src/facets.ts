import {
  FACET_NAMES,
  type FacetDistribution,
  type FacetName,
  type SearchDocument,
  type SearchQuery,
  type SearchSort,
} from './SearchEngine'

/** Returns a record's values for a facet: none, one, or several for a multi-valued facet such as `level`. */
export function facetValues(doc: SearchDocument, name: FacetName): readonly (string | number)[] {
  const value = name === 'type' ? doc.type : doc.facets?.[name]
  if (value === undefined || value === '') return []
  return Array.isArray(value) ? value : [value]
}

/**
 * The filters of a query as conditions that must all hold, each a facet and the values it accepts.
 *
 * @remarks `type` is one more condition beside `filters.type`, so a record must satisfy both when both are given.
 * Facets given no values are left out.
 */
export function filterConditions(query: SearchQuery): [FacetName, readonly (string | number)[]][] {
  const filters: Partial<Record<FacetName, readonly (string | number)[]>> = query.filters ?? {}
  const conditions = FACET_NAMES.flatMap((name) => {
    const values = filters[name]
    return values && values.length > 0 ? [[name, values] as [FacetName, readonly (string | number)[]]] : []
  })
  if (query.type !== undefined) conditions.push(['type', [query.type]])
  return conditions
}

/** Vietnamese alphabetical order, as Meilisearch sorts facet values; one collator (`localeCompare(x, 'vi')` makes one per call). */
const vietnameseOrder = new Intl.Collator('vi').compare

/**
 * Numbers each facet's values as they are first met and remembers every record's numbers, for as long as the record
 * is kept: what a {@link FacetCounter} is built from.
 *
 * @remarks An engine builds a new counter whenever its index changed (on the first search after it); reading every
 * record's facets again made that 380 ms at 44,000 records, most of the time from a publish until search showed the
 * change. With one numbering kept by the engine across changes, only the records written since are read.
 */
export class FacetNumbering {
  readonly #numbers = FACET_NAMES.map(() => new Map<string, number>())
  readonly #records = new WeakMap<SearchDocument, Int32Array>()

  /**
   * A record's value numbers, facet by facet in {@link FACET_NAMES} order: those of facet `f` are
   * `packed[packed[f]]` up to `packed[packed[f + 1]]` (the first `FACET_NAMES.length + 1` entries are the offsets).
   */
  of(doc: SearchDocument): Int32Array {
    let packed = this.#records.get(doc)
    if (!packed) {
      const lists = FACET_NAMES.map((name, f) => {
        const numbers: number[] = []
        for (const raw of facetValues(doc, name)) {
          const value = String(raw)
          let number = this.#numbers[f].get(value)
          if (number === undefined) this.#numbers[f].set(value, (number = this.#numbers[f].size))
          // A value given twice for one record counts once.
          if (!numbers.includes(number)) numbers.push(number)
        }
        return numbers
      })
      packed = new Int32Array(FACET_NAMES.length + 1 + lists.reduce((sum, list) => sum + list.length, 0))
      let at = FACET_NAMES.length + 1
      lists.forEach((list, f) => {
        packed![f] = at
        for (const number of list) packed![at++] = number
      })
      packed[FACET_NAMES.length] = at
      this.#records.set(doc, packed)
    }
    return packed
  }

  /** Every value of facet `f` met so far, by number. */
  values(f: number): string[] {
    return [...this.#numbers[f].keys()]
  }
}

/** One facet laid out for counting: the value numbers of record `doc` are `ids[offsets[doc]]` up to `ids[offsets[doc + 1]]`. */
interface FacetColumn {
  /** The values, in alphabetical order: value number `n` is `values[n]`. */
  values: string[]
  offsets: Int32Array
  ids: Int32Array
  /** The one value number of each record, -1 for none, when no record has several: counted without `offsets`. */
  single?: Int32Array
}

/**
 * The facet values of every record, by short id, laid out for counting over many records at once.
 *
 * @remarks Counting with objects and sets per record cost milliseconds per query at 10,000 records; here each
 * facet is an array of value numbers per record (offsets into one Int32Array, since `level` can have several), and
 * a count is one pass of integer increments. Values are numbered in alphabetical order, so the counts come out in
 * the order Meilisearch sorts facet values by default.
 */
export class FacetCounter {
  readonly #columns = new Map<FacetName, FacetColumn>()
  readonly #locales: (string | undefined)[]
  readonly #masks = new Map<string, Uint8Array | undefined>()
  readonly #localeMasks = new Map<string, Uint8Array>()

  /**
   * @param docs the record of each short id; holes are records no longer in the index
   * @param numbering the engine's, kept across changes so unchanged records are not read again
   */
  constructor(docs: readonly (SearchDocument | undefined)[], numbering = new FacetNumbering()) {
    const packed = docs.map((doc) => (doc ? numbering.of(doc) : undefined))
    FACET_NAMES.forEach((name, f) => {
      // Numbered as met; renumbered here in alphabetical order, which `count` gives its values in.
      const met = numbering.values(f)
      const values = [...met].sort(vietnameseOrder)
      const place = new Map(values.map((value, i) => [value, i]))
      const rank = Int32Array.from(met, (value) => place.get(value)!)
      const offsets = new Int32Array(docs.length + 1)
      let several = false
      for (let doc = 0; doc < docs.length; doc++) {
        const own = packed[doc]
        const length = own ? own[f + 1] - own[f] : 0
        if (length > 1) several = true
        offsets[doc + 1] = offsets[doc] + length
      }
      const ids = new Int32Array(offsets[docs.length])
      for (let doc = 0; doc < docs.length; doc++) {
        const own = packed[doc]
        if (own) for (let j = own[f], at = offsets[doc]; j < own[f + 1]; j++) ids[at++] = rank[own[j]]
      }
      const single = several ? undefined : Int32Array.from({ length: docs.length }, (_, doc) => (offsets[doc + 1] > offsets[doc] ? ids[offsets[doc]] : -1))
      this.#columns.set(name, { values, offsets, ids, single })
    })
    this.#locales = docs.map((doc) => doc?.locale)
  }

  /**
   * Marks the records in the query's locale that pass its filters (1) and the others (0), by short id.
   *
   * @returns undefined when the query accepts every record, so the caller can skip filtering altogether
   * @remarks Computed once per locale and set of filters and kept (up to 256 of them): every query filters by locale,
   * and most by a few common facet values.
   */
  accepted(query: SearchQuery): Uint8Array | undefined {
    const conditions = filterConditions(query)
    if (query.locale === undefined && conditions.length === 0) return undefined
    const key = JSON.stringify([query.locale, conditions])
    if (this.#masks.has(key)) return this.#masks.get(key)
    const mask = new Uint8Array(this.#locales.length)
    this.#locales.forEach((locale, doc) => {
      if (locale !== undefined && (query.locale === undefined || locale === query.locale)) mask[doc] = 1
    })
    for (const [name, wanted] of conditions) {
      const { values, offsets, ids } = this.#columns.get(name)!
      // Case-insensitive, as Meilisearch's `=` on strings, so both engines filter alike.
      const accepted = new Set(wanted.map((value) => String(value).toLowerCase()))
      const takes = Uint8Array.from(values, (value) => (accepted.has(value.toLowerCase()) ? 1 : 0))
      for (let doc = 0; doc < mask.length; doc++) {
        if (mask[doc] === 0) continue
        let any = 0
        for (let j = offsets[doc]; j < offsets[doc + 1]; j++) any |= takes[ids[j]]
        mask[doc] = any
      }
    }
    if (this.#masks.size >= 256) this.#masks.clear()
    this.#masks.set(key, mask)
    return mask
  }

  /** Marks the records in one locale, by short id; the same array for the life of the counter. */
  inLocale(locale: string): Uint8Array {
    let mask = this.#localeMasks.get(locale)
    if (!mask) {
      mask = Uint8Array.from(this.#locales, (own) => (own === locale ? 1 : 0))
      this.#localeMasks.set(locale, mask)
    }
    return mask
  }

  /** Counts the records per value of each named facet, keyed by the value as a string like Meilisearch does. */
  count(docs: ArrayLike<number>, names: readonly FacetName[]): FacetDistribution {
    const distribution: FacetDistribution = {}
    for (const name of names) {
      const { values, offsets, ids, single } = this.#columns.get(name)!
      // One more slot, for "no value" (-1) of a single-valued facet, so its loop needs no branch.
      const counts = new Int32Array(values.length + 1)
      if (single) {
        for (let i = 0; i < docs.length; i++) counts[single[docs[i]] + 1]++
      } else {
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]
          for (let j = offsets[doc]; j < offsets[doc + 1]; j++) counts[ids[j] + 1]++
        }
      }
      const counted: Record<string, number> = {}
      for (let value = 0; value < values.length; value++) if (counts[value + 1] > 0) counted[values[value]] = counts[value + 1]
      distribution[name] = counted
    }
    return distribution
  }
}

/**
 * Wraps an order of records so that a date sort comes first, undated records last, the order breaking date ties.
 *
 * @param dateRank each record's date as a rank (larger is later), or -1 without a date, by short id
 */
export function byDate(
  dateRank: Int32Array,
  sort: SearchSort,
  tie: (a: number, b: number) => number,
): (a: number, b: number) => number {
  if (sort === 'relevance') return tie
  const direction = sort === 'newest' ? -1 : 1
  return (a, b) => {
    const left = dateRank[a]
    const right = dateRank[b]
    if (left === right) return tie(a, b)
    if (left < 0) return 1
    if (right < 0) return -1
    return direction * (left - right)
  }
}

/**
 * Returns the first `k` items in the order `compare` gives, without sorting the rest.
 *
 * @remarks A page of 10 out of 10,000 matches needs one comparison for most items; `compare` must be a total order.
 */
export function topK(items: ArrayLike<number>, k: number, compare: (a: number, b: number) => number): number[] {
  if (k <= 0 || items.length === 0) return []
  if (k * 8 >= items.length) return Array.from(items).sort(compare).slice(0, k)
  const best: number[] = []
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    if (best.length === k && compare(item, best[k - 1]) >= 0) continue
    let low = 0
    let high = best.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (compare(item, best[middle]) < 0) high = middle
      else low = middle + 1
    }
    best.splice(low, 0, item)
    if (best.length > k) best.pop()
  }
  return best
}
