import MiniSearch, { type AsPlainObject, type Options } from 'minisearch'
import { PackedPostings } from './PackedPostings'

/** The parts of a MiniSearch 7.2 instance that hold its postings (private fields, pinned in search/package.json). */
interface Internals {
  _index: {
    fetch(term: string, create: () => Map<number, PackedPostings>): Map<number, PackedPostings>
    set(term: string, data: Map<number, PackedPostings>): void
    values(): Iterable<Map<number, PackedPostings>>
  }
  addTerm(fieldId: number, documentId: number, term: string): void
}

function addTerm(this: Internals, fieldId: number, documentId: number, term: string): void {
  const data = this._index.fetch(term, () => new Map())
  const postings = data.get(fieldId)
  if (postings === undefined) data.set(fieldId, new PackedPostings().set(documentId, 1))
  else postings.set(documentId, (postings.get(documentId) ?? 0) + 1)
}

/**
 * Makes a MiniSearch index keep each term's postings in a {@link PackedPostings} instead of a `Map`, from now on.
 *
 * @remarks MiniSearch creates a term's postings in `addTerm`; the instance gets its own `addTerm`, which creates a
 * packed list instead. Everything else (removal, vacuuming, serialising, searching) goes through the `Map` methods
 * the packed list offers.
 */
export function compactIndex<T>(index: MiniSearch<T>): MiniSearch<T> {
  ;(index as unknown as Internals).addTerm = addTerm
  return index
}

/** A new, empty index with packed postings. */
export function createCompactIndex<T>(options: Options<T>): MiniSearch<T> {
  return compactIndex(new MiniSearch<T>(options))
}

/** Gives back the room every packed list keeps for postings to come, once a whole index is built. */
export function trimPostings<T>(index: MiniSearch<T>): void {
  for (const data of (index as unknown as Internals)._index.values()) for (const postings of data.values()) postings.trim()
}

/** MiniSearch's private fields a serialised index is made of, besides the postings. */
interface Fields {
  _documentCount: number
  _nextId: number
  _documentIds: Map<number, string>
  _fieldIds: Record<string, number>
  _fieldLength: Map<number, number[]>
  _avgFieldLength: number[]
  _dirtCount: number
  _index: Iterable<[string, Map<number, PackedPostings>]>
}

/** An index as saved in a snapshot: MiniSearch's plain object without its postings, the terms, and the postings. */
export interface SavedIndex {
  /** `MiniSearch#toJSON()` with an empty `index`. */
  meta: AsPlainObject
  /** Every indexed term, in the order of `postings`. */
  terms: string[]
  /**
   * Per term, its number of fields, then per field its id, its number of postings and that many (short id,
   * frequency) pairs; stored as they lie in memory (little-endian), after the snapshot's JSON.
   */
  postings: Int32Array
}

/**
 * Saves an index with packed postings without building MiniSearch's plain object of them.
 *
 * @remarks `toJSON()` makes an object property per posting (six million at 10,000 records) only to be stringified;
 * one typed array, written as it lies in memory, takes a sixth of the memory and is read back without parsing.
 */
export function saveCompactIndex<T>(index: MiniSearch<T>): SavedIndex {
  const fields = index as unknown as Fields
  const terms: string[] = []
  const lists: [string, [number, PackedPostings][]][] = []
  let length = 0
  for (const [term, data] of fields._index) {
    terms.push(term)
    const entries = [...data]
    lists.push([term, entries])
    length += 1 + entries.reduce((sum, [, postings]) => sum + 2 + 2 * postings.size, 0)
  }
  const ints = new Int32Array(length)
  let at = 0
  for (const [, entries] of lists) {
    ints[at++] = entries.length
    for (const [fieldId, postings] of entries) {
      ints[at++] = fieldId
      ints[at++] = postings.size
      at = postings.copyTo(ints, at)
    }
  }
  const meta: AsPlainObject = {
    documentCount: fields._documentCount,
    nextId: fields._nextId,
    documentIds: Object.fromEntries(fields._documentIds),
    fieldIds: fields._fieldIds,
    fieldLength: Object.fromEntries(fields._fieldLength),
    averageFieldLength: fields._avgFieldLength,
    storedFields: {},
    dirtCount: fields._dirtCount,
    index: [],
    serializationVersion: 2,
  }
  return { meta, terms, postings: ints }
}

/**
 * Loads an index saved by {@link saveCompactIndex}.
 *
 * @remarks Each term's postings are a view into `saved.postings`, not a copy: the index then takes no more memory than
 * the saved postings, in one block. A list that changes later gets an array of its own (`PackedPostings.set` grows
 * into a new one; `delete` shifts within the list's own part).
 */
export function loadSavedIndex<T>(saved: SavedIndex, options: Options<T>): MiniSearch<T> {
  const index = compactIndex(MiniSearch.loadJS<T>(saved.meta, options))
  const tree = (index as unknown as Internals)._index
  const ints = saved.postings
  let at = 0
  for (const term of saved.terms) {
    const data = new Map<number, PackedPostings>()
    const count = ints[at++]!
    for (let i = 0; i < count; i++) {
      const fieldId = ints[at++]!
      const size = ints[at++]!
      data.set(fieldId, new PackedPostings(ints.subarray(at, at + 2 * size), size))
      at += 2 * size
    }
    tree.set(term, data)
  }
  return index
}
