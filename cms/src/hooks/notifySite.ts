import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'
import { cmsConfig } from '../config'

/** Set `context[SKIP_NOTIFY]` on a Local API call to write in bulk (seed, import) and publish once at the end. */
export const SKIP_NOTIFY = 'skipNotify'

/** What the site's publish webhook receives: one changed document, or `full` when everything may have changed. */
export type PublishEvent = { collection: string; id: string | number; operation: 'create' | 'update' | 'delete' } | { full: true }

/**
 * Tells the public site that published content changed, so it re-indexes the document and rebuilds its pages.
 *
 * @remarks Fire-and-forget: a site that is down must never fail an editor's save; the site rebuilds everything on start.
 */
export async function sendPublishEvent(req: PayloadRequest, event: PublishEvent): Promise<void> {
  try {
    const res = await fetch(cmsConfig.PUBLISH_WEBHOOK_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-publish-secret': cmsConfig.PUBLISH_SECRET },
      body: JSON.stringify(event),
      signal: AbortSignal.timeout(5000),
    })
    if (!res.ok) req.payload.logger.warn(`publish webhook answered ${res.status} for ${JSON.stringify(event)}`)
  } catch (err) {
    req.payload.logger.warn(`publish webhook unreachable for ${JSON.stringify(event)}: ${(err as Error).message}`)
  }
}

type Versioned = { id: string | number; _status?: 'draft' | 'published' | null }

/** After a save: notify when the document is, or just stopped being, published (always, for collections without drafts). */
export const notifySiteAfterChange: CollectionAfterChangeHook<Versioned> = ({ doc, previousDoc, req, operation, collection, context }) => {
  if (context[SKIP_NOTIFY]) return doc
  const touchesPublic = !collection.versions?.drafts || doc._status === 'published' || previousDoc?._status === 'published'
  if (touchesPublic) void sendPublishEvent(req, { collection: collection.slug, id: doc.id, operation })
  return doc
}

/** After a delete: notify so the site drops the document. */
export const notifySiteAfterDelete: CollectionAfterDeleteHook<Versioned> = ({ doc, req, collection, context }) => {
  if (context[SKIP_NOTIFY]) return doc
  void sendPublishEvent(req, { collection: collection.slug, id: doc.id, operation: 'delete' })
  return doc
}

/** After a global changes (agency name, hotline): every page shows it, so the site rebuilds in full. */
export const notifySiteAfterGlobalChange: GlobalAfterChangeHook = ({ doc, req, context }) => {
  if (!context[SKIP_NOTIFY]) void sendPublishEvent(req, { full: true })
  return doc
}
