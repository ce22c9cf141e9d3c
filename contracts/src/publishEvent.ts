import { z } from 'zod'

/** Collections the public site publishes as pages of their own and indexes for search. */
export const PUBLIC_COLLECTIONS = ['legal-documents', 'procedures', 'news', 'questions'] as const

/** Collections whose changes rebuild pages without touching the index (agency pages, names of fields, agencies, processes, statistics). */
export const REBUILD_ONLY_COLLECTIONS = ['pages', 'quality-processes', 'fields', 'agencies', 'news-categories', 'processing-reports'] as const

/** Collections whose changes the CMS reports to the site: the indexed ones, and those search does not cover. */
export const PUBLISHED_COLLECTIONS = [...PUBLIC_COLLECTIONS, ...REBUILD_ONLY_COLLECTIONS] as const

/** A collection with public pages of its own, in the search index. */
export type PublicCollection = (typeof PUBLIC_COLLECTIONS)[number]

/** A collection whose changes reach the site through the publish webhook. */
export type PublishedCollection = (typeof PUBLISHED_COLLECTIONS)[number]

/** Whether a collection is in the search index (and has public pages of its own). */
export const isIndexed = (collection: string): collection is PublicCollection => (PUBLIC_COLLECTIONS as readonly string[]).includes(collection)

/** Whether changes to a collection are reported to the site. */
export const isPublished = (collection: string): collection is PublishedCollection => (PUBLISHED_COLLECTIONS as readonly string[]).includes(collection)

/** One changed document, as the publish webhook validates it. */
export const documentEventSchema = z.object({
  collection: z.enum(PUBLISHED_COLLECTIONS),
  id: z.union([z.string().min(1).max(64), z.number().int()]),
  operation: z.enum(['create', 'update', 'delete']),
})

/** A change to one published document: the site re-indexes it and re-renders its pages. */
export type DocumentEvent = z.infer<typeof documentEventSchema>

/**
 * Everything may have changed (a bulk import, a restore): the site re-indexes every document and rebuilds in full.
 * `reindex: false`: only what every page shows changed (a global such as the agency's name or hotline), so the pages
 * are rebuilt and the search index, made of the documents alone, is left as it is.
 */
export interface FullEvent {
  full: true
  reindex?: false
}

/** What the site's publish webhook receives from the CMS. */
export type PublishEvent = DocumentEvent | FullEvent

/** The webhook's path on the site server (`POST`, JSON body: a {@link PublishEvent}). */
export const PUBLISH_WEBHOOK_PATH = '/_internal/publish'

/** The request header that carries the shared `PUBLISH_SECRET`. */
export const PUBLISH_SECRET_HEADER = 'x-publish-secret'

/** The outcome of reading a webhook body: a publish event, or why it is not one. */
export type ParsedPublishEvent = { ok: true; event: PublishEvent } | { ok: false }

/**
 * Reads a webhook body: `{ full: true }` (with `reindex: false` for the pages alone), or one document's change in a
 * collection the site publishes.
 *
 * @remarks `full` is checked first, so a full rebuild is never refused over other keys it carries; anything but
 * `reindex: false` re-indexes too.
 */
export function parsePublishEvent(body: unknown): ParsedPublishEvent {
  if (typeof body === 'object' && body !== null && (body as { full?: unknown }).full === true) {
    return { ok: true, event: (body as { reindex?: unknown }).reindex === false ? { full: true, reindex: false } : { full: true } }
  }
  const parsed = documentEventSchema.safeParse(body)
  return parsed.success ? { ok: true, event: parsed.data } : { ok: false }
}

/**
 * The CMS collection that logs every publish event, in the transaction of the change it reports.
 *
 * @remarks Every site replica follows this log from the last sequence it applied (its REST API, with the build
 * account's key), so a replica the webhook did not reach, or that was paused, still publishes the change.
 */
export const PUBLISH_LOG_COLLECTION = 'publish-events'

/** One entry of the publish log as the CMS's REST API returns it: `id` is the sequence number. */
export const publishLogEntrySchema = z.object({
  id: z.number().int().positive(),
  event: z.unknown(),
  createdAt: z.string(),
})

/** One entry of the publish log: its sequence number and the event it records. */
export interface PublishLogEntry {
  seq: number
  event: PublishEvent
}

/** Reads one REST document of the publish log; `undefined` when it is not an entry or its event is not one. */
export function parsePublishLogEntry(doc: unknown): PublishLogEntry | undefined {
  const entry = publishLogEntrySchema.safeParse(doc)
  if (!entry.success) return undefined
  const event = parsePublishEvent(entry.data.event)
  return event.ok ? { seq: entry.data.id, event: event.event } : undefined
}

/**
 * The sequence number a webhook body carries (`seq`, beside the event), so the site does not apply the same entry
 * again when it reads the log.
 */
export function publishSeqOf(body: unknown): number | undefined {
  const seq = typeof body === 'object' && body !== null ? (body as { seq?: unknown }).seq : undefined
  return typeof seq === 'number' && Number.isInteger(seq) && seq > 0 ? seq : undefined
}
