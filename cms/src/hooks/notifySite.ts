import { isPublished, PUBLISH_LOG_COLLECTION, PUBLISH_SECRET_HEADER, PUBLISHED_COLLECTIONS, type DocumentEvent, type PublishEvent } from '@congkhai/contracts/publish'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, GlobalAfterChangeHook, PayloadRequest } from 'payload'
import { cmsConfig } from '../config'
import { transactionSettled } from '../lib/transactionSettled'

/** Set `context[SKIP_NOTIFY]` on a Local API call to write in bulk (seed, import) and publish once at the end. */
export const SKIP_NOTIFY = 'skipNotify'

/** The collections whose changes the site publishes, checked against the CMS's own: renaming one is a type error here. */
export const SITE_PUBLISHED_COLLECTIONS: readonly CollectionSlug[] = PUBLISHED_COLLECTIONS

/** The longest the nudge waits for the change's transaction to commit before it is sent anyway. */
const COMMIT_WAIT_MS = 30_000

/**
 * Records a published change in the publish log, which every site replica follows, then nudges the site replicas the
 * CMS knows of so they publish it at once.
 *
 * @remarks The entry is written in the transaction of the change when `req` has one (a save, a delete), so a change
 * that commits is in the log and one rolled back is not. The nudge is fire-and-forget, sent once that transaction
 * has committed (the site reads the log then): a site that is down must never fail an editor's save, and one that
 * missed the nudge reads the entry at its next poll of the log. Within a transaction, an entry that cannot be
 * written fails the change with it (the replicas would never hear of it otherwise); without one (a job, an import),
 * the failure is logged and the nudge still sent.
 */
export async function sendPublishEvent(req: Pick<PayloadRequest, 'payload'> & Partial<PayloadRequest>, event: PublishEvent): Promise<void> {
  let seq: number | undefined
  const inTransaction = Boolean(req.transactionID)
  try {
    const entry = await req.payload.create({ collection: PUBLISH_LOG_COLLECTION, data: { event: { ...event } }, ...(inTransaction ? { req: req as PayloadRequest } : {}), overrideAccess: true, depth: 0 })
    seq = Number(entry.id)
    if (seq % PRUNE_EVERY === 0) void pruneLog(req.payload)
  } catch (err) {
    if (inTransaction) throw err
    req.payload.logger.error(`publish log not written for ${JSON.stringify(event)}: ${(err as Error).message}`)
  }
  void transactionSettled(req, COMMIT_WAIT_MS).then(() => Promise.all(cmsConfig.publishNudgeUrls.map((url) => nudge(req, url, { ...event, ...(seq === undefined ? {} : { seq }) }))))
}

/** Entries written between two removals of the old ones. */
const PRUNE_EVERY = 100

/** Removes log entries older than `PUBLISH_LOG_RETENTION_DAYS`. */
async function pruneLog(payload: PayloadRequest['payload']): Promise<void> {
  const before = new Date(Date.now() - cmsConfig.PUBLISH_LOG_RETENTION_DAYS * 86_400_000).toISOString()
  await payload.delete({ collection: PUBLISH_LOG_COLLECTION, where: { createdAt: { less_than: before } }, overrideAccess: true }).catch(() => undefined)
}

/** Posts one event to one site replica's webhook; a failure is a warning, never an error of the save. */
async function nudge(req: Pick<PayloadRequest, 'payload'>, url: string, body: PublishEvent & { seq?: number }): Promise<void> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PUBLISH_SECRET_HEADER]: cmsConfig.PUBLISH_SECRET },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5000),
    })
    if (!res.ok) req.payload.logger.warn(`publish webhook ${url} answered ${res.status} for ${JSON.stringify(body)}`)
  } catch (err) {
    req.payload.logger.warn(`publish webhook ${url} unreachable for ${JSON.stringify(body)}: ${(err as Error).message}`)
  }
}

type Versioned = { id: string | number; _status?: 'draft' | 'published' | null }

/** Notifies the site of one document's change, or warns when the hook sits on a collection the site does not publish. */
async function notifyDocument(req: PayloadRequest, collection: string, id: string | number, operation: DocumentEvent['operation']): Promise<void> {
  if (isPublished(collection)) await sendPublishEvent(req, { collection, id, operation })
  else req.payload.logger.warn(`publish webhook not called: the site does not publish ${collection}`)
}

/** After a save: notify when the document is, or just stopped being, published (always, for collections without drafts). */
export const notifySiteAfterChange: CollectionAfterChangeHook<Versioned> = async ({ doc, previousDoc, req, operation, collection, context }) => {
  if (context[SKIP_NOTIFY]) return doc
  const touchesPublic = !collection.versions?.drafts || doc._status === 'published' || previousDoc?._status === 'published'
  if (touchesPublic) await notifyDocument(req, collection.slug, doc.id, operation)
  return doc
}

/** After a delete: notify so the site drops the document. */
export const notifySiteAfterDelete: CollectionAfterDeleteHook<Versioned> = async ({ doc, req, collection, context }) => {
  if (context[SKIP_NOTIFY]) return doc
  await notifyDocument(req, collection.slug, doc.id, 'delete')
  return doc
}

/**
 * After a global changes (agency name, hotline): every page shows it, so the site rebuilds its pages in full; the
 * search index holds the documents alone, so it is left as it is (`reindex: false`).
 */
export const notifySiteAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, req, context }) => {
  if (!context[SKIP_NOTIFY]) await sendPublishEvent(req, { full: true, reindex: false })
  return doc
}
