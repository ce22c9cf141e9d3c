import type { CollectionBeforeChangeHook } from 'payload'
import { cmsConfig } from '../../../config'
import { addWorkingDays } from '../../../lib/workingDays'

/**
 * On receipt: the receipt time, consent time, first history entry and the due date, counted in working days from the
 * site settings' deadline and holidays (weekends always skipped).
 */
export const setDeadline: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const receivedAt = data.receivedAt ? new Date(data.receivedAt) : new Date()
  data.receivedAt = receivedAt.toISOString()
  data.consentAt ??= data.receivedAt
  data.status ??= 'moi'
  data.history = [{ event: 'status', status: data.status, at: data.receivedAt }]
  if (!data.dueDate) {
    const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
    const days = settings.feedbackDeadlineDays ?? cmsConfig.FEEDBACK_DEADLINE_DAYS
    const holidays = (settings.holidays ?? []).map((h) => String(h.date).slice(0, 10))
    data.dueDate = addWorkingDays(receivedAt, days, holidays).toISOString()
  }
  return data
}
