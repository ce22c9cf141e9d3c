import type { Payload, TaskConfig } from 'payload'
import { CLOSED_STATUSES } from '../collections/Feedback/options'
import { personalDataErasure } from '../collections/Feedback/personalDataErasure'
import { cmsConfig } from '../config'

/**
 * Erases the personal data of every feedback item closed more than `retentionDays` ago and not yet erased; each
 * erasure is recorded in the item's history and in the CMS log. Returns the number erased.
 */
export async function eraseExpiredFeedback(payload: Payload, retentionDays = cmsConfig.FEEDBACK_RETENTION_DAYS, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * 24 * 3600_000).toISOString()
  let erased = 0
  for (;;) {
    const { docs } = await payload.find({
      collection: 'feedback',
      where: { status: { in: CLOSED_STATUSES }, closedAt: { less_than: before }, personalDataErasedAt: { exists: false } },
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
    if (docs.length === 0) return erased
    for (const doc of docs) {
      await payload.update({ collection: 'feedback', id: doc.id, data: personalDataErasure(doc, 'retention'), overrideAccess: true, context: { publishQuestion: false } })
      payload.logger.info({ msg: 'feedback: personal data erased, retention period over', code: doc.code, closedAt: doc.closedAt })
      erased++
    }
  }
}

/**
 * The scheduled job behind {@link eraseExpiredFeedback}: queued by its cron (`FEEDBACK_RETENTION_CRON`) and run by the
 * CMS server's job runner.
 */
export const eraseExpiredFeedbackTask: TaskConfig<{ input: object; output: { erased: number } }> = {
  slug: 'eraseExpiredFeedback',
  label: 'Xoá dữ liệu cá nhân của góp ý đã hết thời hạn lưu trữ',
  schedule: [{ cron: cmsConfig.FEEDBACK_RETENTION_CRON, queue: 'default' }],
  outputSchema: [{ name: 'erased', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { erased: await eraseExpiredFeedback(req.payload) } }),
}
