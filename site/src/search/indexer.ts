import { isIndexed, PUBLIC_COLLECTIONS, type DocumentEvent, type PublicCollection } from '@congkhai/contracts/publish'
import type { SearchDocument, SearchEngine } from '@congkhai/search'
import { findPublished, listPublished } from '../published/cms'
import { inLocale } from '../published/translation'
import { locales, type Locale } from '../i18n/locale'
import { searchId, toSearchDocuments } from './searchDocuments'

/** Reads one published document in one language, or null when it is not (or no longer) public. */
export type ReadPublished = (collection: PublicCollection, id: string | number, locale: Locale) => Promise<object | null>

/**
 * Brings the index in line with the CMS for the documents named in `events`, in every locale.
 *
 * @remarks Asks the CMS anonymously what is published now instead of trusting the event, so a draft saved on a
 * published document keeps the published version indexed, and an unpublished or deleted one is removed. `read` lets
 * the site server share its reads with the incremental publish. All changes go to each engine in one upsert and one
 * removal: the embedded engine saves its whole snapshot after each.
 */
export async function syncEvents(events: DocumentEvent[], targets: SearchEngine[], read: ReadPublished = (c, id, locale) => findPublished(c, id, { locale })): Promise<void> {
  const unique = new Map(events.map((e) => [`${e.collection}:${e.id}`, e]))
  const upserts: SearchDocument[] = []
  const removals: string[] = []
  for (const { collection, id } of unique.values()) {
    if (!isIndexed(collection)) continue
    for (const locale of locales) {
      const doc = await read(collection, id, locale)
      if (doc) upserts.push(...toSearchDocuments(collection, doc as Parameters<typeof toSearchDocuments>[1], locale))
      else removals.push(searchId(collection, id, locale))
    }
  }
  for (const engine of targets) {
    if (upserts.length > 0) await engine.upsert(upserts)
    if (removals.length > 0) await engine.remove(removals)
  }
}

/**
 * Every record the index should hold: one per published document and locale (and one per article of a legal
 * document), English read with the CMS's fallback to Vietnamese as the English pages are.
 */
export async function publishedRecords(log: (line: string) => void = () => {}): Promise<SearchDocument[]> {
  const docs: SearchDocument[] = []
  for (const collection of PUBLIC_COLLECTIONS) {
    const published = await listPublished(collection, '-createdAt', { locale: 'all' })
    // A push per document: spread into one call, the records of 95,000 documents overflowed the stack.
    for (const locale of locales) {
      for (const doc of published) docs.push(...toSearchDocuments(collection, inLocale(doc, locale), locale))
    }
    log(`index: read ${published.length} ${collection}`)
  }
  return docs
}

/**
 * Rebuilds every target's index from everything published, replacing what was there, and logs its progress.
 *
 * @remarks Each engine builds the new index beside the live one and swaps it in at the end, so search keeps
 * answering from the old records meanwhile.
 */
export async function reindexAll(targets: SearchEngine[], log: (line: string) => void = () => {}): Promise<number> {
  const docs = await publishedRecords(log)
  for (const engine of targets) {
    let shown = 0
    const onProgress = (done: number, total: number) => {
      // About every tenth, and the end.
      if (done < total && done - shown < total / 10) return
      shown = done
      log(`index: ${engine.name}: ${done}/${total} records`)
    }
    await engine.replaceAll(docs, { onProgress })
    log(`index: ${engine.name}: swapped in`)
  }
  return docs.length
}
