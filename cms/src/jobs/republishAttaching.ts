import { isPublished } from '@congkhai/contracts/publish'
import type { CollectionSlug, FlattenedField, Payload, Where } from 'payload'
import { sendPublishEvent } from '../hooks/notifySite'

/** The query paths of a collection's upload and relationship fields to `media`, in groups and arrays too. */
function mediaPaths(fields: FlattenedField[], prefix = ''): string[] {
  return fields.flatMap((field): string[] => {
    if ((field.type === 'upload' || field.type === 'relationship') && field.relationTo === 'media') return [`${prefix}${field.name}`]
    if (field.type === 'array' || field.type === 'group') return mediaPaths(field.flattenedFields, `${prefix}${field.name}.`)
    return []
  })
}

/**
 * Tells the site that every published document attaching a media file changed, so it reads the file's new text.
 *
 * @remarks The publish path of an editor's save (`notifySite.ts`): one document event each, which the site answers
 * by re-reading the document (its attachments' `extraction` come with it) and re-indexing it.
 */
export async function republishAttaching(payload: Payload, mediaId: number): Promise<number> {
  let sent = 0
  for (const collection of payload.config.collections) {
    if (!isPublished(collection.slug)) continue
    const paths = mediaPaths(collection.flattenedFields)
    if (paths.length === 0) continue
    const attaches: Where = { or: paths.map((p) => ({ [p]: { in: [mediaId] } })) }
    const where: Where = collection.versions?.drafts ? { and: [attaches, { _status: { equals: 'published' } }] } : attaches
    const { docs } = await payload.find({ collection: collection.slug as CollectionSlug, where, depth: 0, pagination: false, select: { createdAt: true }, overrideAccess: true })
    for (const doc of docs) {
      await sendPublishEvent({ payload }, { collection: collection.slug, id: doc.id, operation: 'update' })
      sent++
    }
  }
  return sent
}
