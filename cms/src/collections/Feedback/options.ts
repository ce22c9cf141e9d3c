/** Kinds of submission: góp ý, phản ánh, kiến nghị, hỏi đáp. */
export const FEEDBACK_KINDS = [
  { value: 'gop-y', label: 'Góp ý' },
  { value: 'phan-anh', label: 'Phản ánh' },
  { value: 'kien-nghi', label: 'Kiến nghị' },
  { value: 'hoi-dap', label: 'Hỏi đáp' },
] as const

/** Handling statuses; the last three close the submission. */
export const FEEDBACK_STATUSES = [
  { value: 'moi', label: 'Mới' },
  { value: 'dang-xu-ly', label: 'Đang xử lý' },
  { value: 'da-tra-loi', label: 'Đã trả lời' },
  { value: 'chuyen-co-quan-khac', label: 'Chuyển cơ quan khác' },
  { value: 'khong-xu-ly', label: 'Không xử lý' },
] as const

export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]['value']

/** Statuses after which nothing more is done, and from which the retention period runs. */
export const CLOSED_STATUSES: FeedbackStatus[] = ['da-tra-loi', 'chuyen-co-quan-khac', 'khong-xu-ly']

/** Statuses whose reason the citizen is told (where it went, why it is not handled). */
export const STATUSES_WITH_REASON: FeedbackStatus[] = ['chuyen-co-quan-khac', 'khong-xu-ly']

/** What replaces erased personal data. */
export const ERASED = '[đã xoá]'
