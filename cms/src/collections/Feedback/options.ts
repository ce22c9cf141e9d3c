import { FEEDBACK_KINDS as KINDS, FEEDBACK_STATUSES as STATUSES, type FeedbackKind, type FeedbackStatus } from '@congkhai/contracts/feedback'

export type { FeedbackStatus }

const KIND_LABELS: Record<FeedbackKind, string> = { 'gop-y': 'Góp ý', 'phan-anh': 'Phản ánh', 'kien-nghi': 'Kiến nghị', 'hoi-dap': 'Hỏi đáp' }

const STATUS_LABELS: Record<FeedbackStatus, string> = {
  moi: 'Mới',
  'dang-xu-ly': 'Đang xử lý',
  'da-tra-loi': 'Đã trả lời',
  'chuyen-co-quan-khac': 'Chuyển cơ quan khác',
  'khong-xu-ly': 'Không xử lý',
}

/** Kinds of submission (góp ý, phản ánh, kiến nghị, hỏi đáp) with their labels in the admin. */
export const FEEDBACK_KINDS = KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))

/** Handling statuses with their labels in the admin; the last three close the submission. */
export const FEEDBACK_STATUSES = STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))

/** Statuses after which nothing more is done, and from which the retention period runs. */
export const CLOSED_STATUSES: FeedbackStatus[] = ['da-tra-loi', 'chuyen-co-quan-khac', 'khong-xu-ly']

/** Statuses whose reason the citizen is told (where it went, why it is not handled). */
export const STATUSES_WITH_REASON: FeedbackStatus[] = ['chuyen-co-quan-khac', 'khong-xu-ly']

/** What replaces erased personal data. */
export const ERASED = '[đã xoá]'
