import type { SearchEngine } from '@congkhai/search'
import { findPublished, listPublished, type PublicCollection, type SiteCollection } from './cms'
import { searchId, toSearchDocument } from './searchDocuments'

/** Collections whose changes rebuild pages without touching the index (names of fields, agencies, processes). */
export const REBUILD_ONLY_COLLECTIONS = ['pages', 'quality-processes', 'fields', 'agencies', 'news-categories'] as const

/** A change the CMS reports through the publish webhook. */
export interface PublishEvent {
  collection: SiteCollection | (typeof REBUILD_ONLY_COLLECTIONS)[number]
  id: string | number
  operation: 'create' | 'update' | 'delete'
}

export const PUBLIC_COLLECTIONS: PublicCollection[] = ['legal-documents', 'procedures', 'news', 'questions']

/** Collections whose changes rebuild the site: the indexed ones, and those search does not cover. */
export const SITE_COLLECTIONS: PublishEvent['collection'][] = [...PUBLIC_COLLECTIONS, ...REBUILD_ONLY_COLLECTIONS]

const isIndexed = (collection: PublishEvent['collection']): collection is PublicCollection => (PUBLIC_COLLECTIONS as string[]).includes(collection)

/**
 * Brings the index in line with the CMS for the documents named in `events`.
 *
 * @remarks Asks the CMS anonymously what is published now instead of trusting the event, so a draft saved on a
 * published document keeps the published version indexed, and an unpublished or deleted one is removed.
 */
export async function syncEvents(events: PublishEvent[], targets: SearchEngine[]): Promise<void> {
  const unique = new Map(events.map((e) => [`${e.collection}:${e.id}`, e]))
  for (const { collection, id } of unique.values()) {
    if (!isIndexed(collection)) continue
    const doc = await findPublished(collection, id)
    for (const engine of targets) {
      if (doc) await engine.upsert([toSearchDocument(collection, doc)])
      else await engine.remove([searchId(collection, id)])
    }
  }
}

/** Rebuilds every target's index from everything published, replacing what was there. */
export async function reindexAll(targets: SearchEngine[], log: (line: string) => void = () => {}): Promise<number> {
  const docs = []
  for (const collection of PUBLIC_COLLECTIONS) {
    const published = await listPublished(collection)
    docs.push(...published.map((doc) => toSearchDocument(collection, doc)))
    log(`index: ${collection} ${published.length}`)
  }
  for (const engine of targets) await engine.replaceAll(docs)
  return docs.length
}
