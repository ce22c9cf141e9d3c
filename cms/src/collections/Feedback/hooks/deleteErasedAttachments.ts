import type { CollectionAfterChangeHook } from 'payload'
import type { Feedback } from '../../../payload-types'

const ids = (list: Feedback['attachments']) => (list ?? []).map((a) => (typeof a === 'object' ? a.id : a))

/**
 * When a submission's personal data is erased, deletes its attachments' documents and files: they are the sender's
 * personal data too, and an attachment no feedback points to would otherwise stay on disk.
 */
export const deleteErasedAttachments: CollectionAfterChangeHook<Feedback> = async ({ doc, previousDoc, req }) => {
  if (!doc.personalDataErasedAt || doc.personalDataErasedAt === previousDoc?.personalDataErasedAt) return doc
  const gone = ids(previousDoc?.attachments).filter((id) => !ids(doc.attachments).includes(id))
  if (gone.length > 0) {
    await req.payload.delete({ collection: 'feedback-attachments', where: { id: { in: gone } }, overrideAccess: true, req })
  }
  return doc
}
