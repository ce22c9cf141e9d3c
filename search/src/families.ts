import type { SearchDocument, StoredDocument } from './SearchEngine'

/**
 * The ids of the records that belong to the given records (whose `parentId` is one of `parents`), except those in
 * `keep`.
 *
 * @remarks One pass over the records: an upsert or removal of a legal document finds its articles with it.
 */
export function partsOf(docs: Iterable<StoredDocument>, parents: ReadonlySet<string>, keep: ReadonlySet<string> = new Set()): string[] {
  if (parents.size === 0) return []
  const found: string[] = []
  for (const doc of docs) if (doc.parentId !== undefined && parents.has(doc.parentId) && !keep.has(doc.id)) found.push(doc.id)
  return found
}

/** The records of a batch that may have parts: those that are not parts themselves. */
export const wholes = (docs: readonly SearchDocument[]): Set<string> => new Set(docs.flatMap((doc) => (doc.parentId === undefined ? [doc.id] : [])))

/**
 * For each record's short id, the number of its family (the record and its parts share one), or `undefined` when no
 * record of the index is a part.
 */
export function familyNumbers(docs: readonly (StoredDocument | undefined)[]): Int32Array | undefined {
  if (!docs.some((doc) => doc?.parentId !== undefined)) return undefined
  const numbers = new Map<string, number>()
  const family = new Int32Array(docs.length).fill(-1)
  docs.forEach((doc, i) => {
    if (!doc) return
    const key = doc.parentId ?? doc.id
    let number = numbers.get(key)
    if (number === undefined) numbers.set(key, (number = numbers.size))
    family[i] = number
  })
  return family
}

/**
 * Keeps the best match of each family: a legal document or one of its articles, whichever `compare` puts first.
 *
 * @remarks One result per document, so a decree whose twenty articles all mention a word takes one place on the page,
 * not twenty, and links to where the words matter most (Meilisearch's `distinctAttribute` does the same there).
 */
export function bestOfFamilies(matches: ArrayLike<number>, family: Int32Array, compare: (a: number, b: number) => number): Int32Array {
  const best = new Map<number, number>()
  for (let i = 0; i < matches.length; i++) {
    const doc = matches[i]!
    const key = family[doc]!
    const current = best.get(key)
    if (current === undefined || compare(doc, current) < 0) best.set(key, doc)
  }
  return Int32Array.from(best.values())
}
