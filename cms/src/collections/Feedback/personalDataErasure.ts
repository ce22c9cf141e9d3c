import type { Feedback } from '../../payload-types'
import { ERASED } from './options'

/** Why personal data was erased: the retention period ended, or the sender asked. */
export type ErasureReason = 'retention' | 'request'

const NOTES: Record<ErasureReason, string> = {
  retention: 'Đã xoá dữ liệu cá nhân: hết thời hạn lưu trữ.',
  request: 'Đã xoá dữ liệu cá nhân theo yêu cầu của người gửi.',
}

/**
 * The changes that erase a submission's personal data: name, contacts, address, the submitted text (the procedure as
 * typed included), attachments (their documents and files are deleted by `deleteErasedAttachments`) and internal
 * notes; and the history entry that records the erasure.
 *
 * @remarks The tracking code, kind, status, dates, history and the public answer stay: they are the agency's record
 * of what it did, and contain nothing about the sender.
 */
export function personalDataErasure(doc: Partial<Feedback>, reason: ErasureReason, by: number | null = null): Partial<Feedback> {
  const at = new Date().toISOString()
  return {
    name: ERASED,
    email: null,
    phone: null,
    address: null,
    procedureText: null,
    content: ERASED,
    internalNotes: [],
    attachments: [],
    personalDataErasedAt: at,
    history: [...(doc.history ?? []), { event: 'erasure', status: doc.status, at, by, note: NOTES[reason] }],
  }
}
