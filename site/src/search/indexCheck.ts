import { isDeepStrictEqual } from 'node:util'
import { storedForm, type SearchDocument, type SearchEngine, type StoredDocument } from '@congkhai/search'

/** How an index differs from the published content, by record id. */
export interface IndexDifferences {
  /** Published, but not in the index. */
  missing: string[]
  /** In the index, but not published (unpublished, deleted, or never existed). */
  extra: string[]
  /** In both, but the index holds another version. */
  stale: string[]
}

/**
 * A record as an index keeps it: its body as a digest (`storedForm`), fields set to undefined dropped as JSON would,
 * so a stored copy compares equal to its source.
 */
const asStored = (doc: SearchDocument | StoredDocument): unknown => JSON.parse(JSON.stringify(storedForm(doc)))

/** Compares the records an index holds with those it should hold. */
export function compareRecords(indexed: readonly (SearchDocument | StoredDocument)[], published: readonly SearchDocument[]): IndexDifferences {
  const held = new Map(indexed.map((doc) => [doc.id, doc]))
  const wanted = new Map(published.map((doc) => [doc.id, doc]))
  const byId = (ids: string[]) => ids.sort()
  return {
    missing: byId([...wanted.keys()].filter((id) => !held.has(id))),
    extra: byId([...held.keys()].filter((id) => !wanted.has(id))),
    stale: byId(
      [...wanted].filter(([id, doc]) => held.has(id) && !isDeepStrictEqual(asStored(held.get(id)!), asStored(doc))).map(([id]) => id),
    ),
  }
}

/** Whether there is any difference at all. */
export const hasDifferences = ({ missing, extra, stale }: IndexDifferences): boolean =>
  missing.length + extra.length + stale.length > 0

/** Compares an engine's index with the records it should hold. */
export async function checkIndex(engine: SearchEngine, published: readonly SearchDocument[]): Promise<IndexDifferences> {
  return compareRecords(await engine.documents(), published)
}

/** One line per kind of difference, naming up to `shown` records each; none when the index is in step. */
export function describeDifferences(differences: IndexDifferences, shown = 10): string[] {
  const labels = { missing: 'missing (published, not indexed)', extra: 'extra (indexed, not published)', stale: 'stale (indexed version differs)' }
  return (Object.keys(labels) as (keyof IndexDifferences)[]).flatMap((kind) => {
    const ids = differences[kind]
    if (ids.length === 0) return []
    const more = ids.length > shown ? `, … ${ids.length - shown} more` : ''
    return [`${ids.length} ${labels[kind]}: ${ids.slice(0, shown).join(', ')}${more}`]
  })
}
