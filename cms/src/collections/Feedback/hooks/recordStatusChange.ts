import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { CLOSED_STATUSES, STATUSES_WITH_REASON, type FeedbackStatus } from '../options'

/**
 * On a status change: appends it to the history (with the public reason for forwarded or rejected submissions) and
 * stamps when it was answered and closed. A submission cannot go back to "mới".
 */
export const recordStatusChange: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const from = originalDoc.status as FeedbackStatus
  const to = (data.status ?? from) as FeedbackStatus
  if (to === from) return data
  if (to === 'moi') {
    throw new ValidationError({ collection: 'feedback', errors: [{ path: 'status', message: 'Không thể chuyển góp ý về trạng thái “Mới”.' }] })
  }
  const now = new Date().toISOString()
  const note = STATUSES_WITH_REASON.includes(to) ? (data.statusReason ?? originalDoc.statusReason ?? null) : null
  data.history = [...(data.history ?? originalDoc.history ?? []), { event: 'status', status: to, at: now, by: req.user?.id ?? null, note }]
  if (to === 'da-tra-loi') data.answeredAt = now
  data.closedAt = CLOSED_STATUSES.includes(to) ? now : null
  return data
}
