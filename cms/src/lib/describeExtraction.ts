import type { Media } from '../payload-types'

/** The part of a media document's `extraction` the admin shows. */
export type ExtractionSummary = Pick<NonNullable<Media['extraction']>, 'status' | 'pages' | 'characters' | 'reason' | 'progress' | 'textCorrected'>

const count = (n: number | null | undefined) => (n ?? 0).toLocaleString('vi-VN')

/**
 * The state of a file's extraction in the words editors read: "Đang chờ trích xuất", "Đã trích xuất: 3 trang,
 * 4.512 ký tự", "Bản quét không có lớp văn bản", "Lỗi: …".
 */
export function describeExtraction(extraction: ExtractionSummary | null | undefined): string {
  switch (extraction?.status) {
    case 'waiting':
      return 'Đang chờ trích xuất'
    case 'running':
      return extraction.progress ? `Đang trích xuất: ${extraction.progress}` : 'Đang trích xuất'
    case 'done':
      return `Đã trích xuất: ${count(extraction.pages)} trang, ${count(extraction.characters)} ký tự${extraction.textCorrected ? ' (văn bản đã sửa)' : ''}`
    case 'scan-no-text':
      return 'Bản quét không có lớp văn bản'
    case 'failed':
      return `Lỗi: ${extraction.reason ?? 'không rõ lý do'}`
    case 'not-applicable':
      return 'Không trích xuất (chỉ tệp PDF, DOC, DOCX)'
    default:
      return 'Chưa trích xuất'
  }
}

/** True while the job has yet to finish, so the admin keeps asking. */
export const extractionPending = (extraction: ExtractionSummary | null | undefined): boolean => extraction?.status === 'waiting' || extraction?.status === 'running'
