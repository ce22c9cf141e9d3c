import { isPublished, PUBLISH_SECRET_HEADER, PUBLISHED_COLLECTIONS, type DocumentEvent, type PublishEvent } from '@congkhai/contracts/publish'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, GlobalAfterChangeHook, PayloadRequest } from 'payload'
import { cmsConfig } from '../config'

/** Set `context[SKIP_NOTIFY]` on a Local API call to write in bulk (seed, import) and publish once at the end. */
export const SKIP_NOTIFY = 'skipNotify'

/** The collections whose changes the site publishes, checked against the CMS's own: renaming one is a type error here. */
export const SITE_PUBLISHED_COLLECTIONS: readonly CollectionSlug[] = PUBLISHED_COLLECTIONS

/**
 * Tells the public site that published content changed, so it re-indexes the document and rebuilds its pages.
 *
 * @remarks Fire-and-forget: a site that is down must never fail an editor's save; the site rebuilds everything on start.
 */
export async function sendPublishEvent(req: Pick<PayloadRequest, 'payload'>, event: PublishEvent): Promise<void> {
  try {
    const res = await fetch(cmsConfig.PUBLISH_WEBHOOK_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PUBLISH_SECRET_HEADER]: cmsConfig.PUBLISH_SECRET },
      body: JSON.stringify(event),
      signal: AbortSignal.timeout(5000),
    })
    if (!res.ok) req.payload.logger.warn(`publish webhook answered ${res.status} for ${JSON.stringify(event)}`)
  } catch (err) {
    req.payload.logger.warn(`publish webhook unreachable for ${JSON.stringify(event)}: ${(err as Error).message}`)
  }
}

type Versioned = { id: string | number; _status?: 'draft' | 'published' | null }

/** Notifies the site of one document's change, or warns when the hook sits on a collection the site does not publish. */
function notifyDocument(req: PayloadRequest, collection: string, id: string | number, operation: DocumentEvent['operation']): void {
  if (isPublished(collection)) void sendPublishEvent(req, { collection, id, operation })
  else req.payload.logger.warn(`publish webhook not called: the site does not publish ${collection}`)
}

/** After a save: notify when the document is, or just stopped being, published (always, for collections without drafts). */
export const notifySiteAfterChange: CollectionAfterChangeHook<Versioned> = ({ doc, previousDoc, req, operation, collection, context }) => {
  if (context[SKIP_NOTIFY]) return doc
  const touchesPublic = !collection.versions?.drafts || doc._status === 'published' || previousDoc?._status === 'published'
  if (touchesPublic) notifyDocument(req, collection.slug, doc.id, operation)
  return doc
}

/** After a delete: notify so the site drops the document. */
export const notifySiteAfterDelete: CollectionAfterDeleteHook<Versioned> = ({ doc, req, collection, context }) => {
  if (context[SKIP_NOTIFY]) return doc
  notifyDocument(req, collection.slug, doc.id, 'delete')
  return doc
}

/** After a global changes (agency name, hotline): every page shows it, so the site rebuilds in full. */
export const notifySiteAfterGlobalChange: GlobalAfterChangeHook = ({ doc, req, context }) => {
  if (!context[SKIP_NOTIFY]) void sendPublishEvent(req, { full: true })
  return doc
}
