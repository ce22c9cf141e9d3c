import { FacetCounter, type FacetNumbering } from './facets'
import { familyNumbers } from './families'
import type { IndexReader } from './IndexReader'
import type { StoredDocument } from './SearchEngine'

/** What queries read, built once per state of the index: records, facets, dates and id order by short id. */
export interface View {
  reader: IndexReader
  docs: (StoredDocument | undefined)[]
  facets: FacetCounter
  /** Rank of each record's date among all dates (later is larger), -1 without a date. */
  dateRank: Int32Array
  /** Every record's short id, in id order. */
  byId: Int32Array
  /** Position of each record in `byId`. */
  idRank: Int32Array
  /** 1 for each record no longer in force (`SearchDocument.inForce`), ranked lower by `rankMatches`. */
  notInForce: Uint8Array
  /** Each record's family, a record and its parts (`families.ts`); absent when no record is a part. */
  family: Int32Array | undefined
}

// Ids and ISO dates compare by code unit; localeCompare would be slower and no more right.
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The view of an index as `reader` reads it, its records by id in `stored`.
 *
 * @param numbering the engine's, kept across changes: the facets of records it has met are not read again
 * @remarks Built on the first search after every change, a publish included: each step one pass, the sorts on strings
 * read once (at 44,000 records the view took 400 ms, what search added to a publish's time).
 */
export function buildView(reader: IndexReader, stored: ReadonlyMap<string, StoredDocument>, numbering: FacetNumbering): View {
  // Filled, not `new Array(size)`: a holey array of this size reads like a dictionary, 100 times slower.
  const docs = Array.from<StoredDocument | undefined>({ length: reader.size }).fill(undefined)
  const present: number[] = []
  const ids: string[] = []
  const dateSet = new Set<string>()
  for (const [doc, id] of reader.documentIds) {
    const record = stored.get(id)
    if (record === undefined) continue
    docs[doc] = record
    present.push(doc)
    ids[doc] = id
    if (record.date !== undefined && record.date !== null) dateSet.add(record.date)
  }
  const byId = Int32Array.from(present).sort((a, b) => byCodeUnit(ids[a]!, ids[b]!))
  const idRank = new Int32Array(reader.size)
  byId.forEach((doc, i) => (idRank[doc] = i))
  const dates = [...dateSet].sort(byCodeUnit)
  const dateIndex = new Map(dates.map((date, i) => [date, i]))
  const dateRank = new Int32Array(reader.size).fill(-1)
  for (const doc of present) dateRank[doc] = dateIndex.get(docs[doc]!.date ?? '') ?? -1
  const notInForce = new Uint8Array(reader.size)
  for (const doc of present) if (docs[doc]!.inForce === false) notInForce[doc] = 1
  return { reader, docs, facets: new FacetCounter(docs, numbering), dateRank, byId, idRank, notInForce, family: familyNumbers(docs) }
}
