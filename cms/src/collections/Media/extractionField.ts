import type { Field, FieldAccess } from 'payload'

/** The file types whose text is extracted: PDF, Word 97–2003 (DOC) and Word (DOCX). */
export const EXTRACTABLE_MIME_TYPES = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const

/** True when a file of this type gets its text extracted. */
export const isExtractable = (mimeType: unknown): boolean => (EXTRACTABLE_MIME_TYPES as readonly unknown[]).includes(mimeType)

/** The states of a file's extraction, with the words editors see in the admin. */
export const extractionStatusOptions = [
  { value: 'waiting', label: 'Đang chờ trích xuất' },
  { value: 'running', label: 'Đang trích xuất' },
  { value: 'done', label: 'Đã trích xuất' },
  { value: 'scan-no-text', label: 'Bản quét không có lớp văn bản' },
  { value: 'failed', label: 'Lỗi' },
  { value: 'not-applicable', label: 'Không áp dụng' },
]

/**
 * The longest extracted text a file may store, in characters: a file at the page limit (300 pages) of the densest
 * print, 10,000 characters a page; longer is refused with a reason.
 *
 * @remarks Payload caps every text field at 40,000 characters unless told otherwise, which a born-digital decree of
 * about twelve pages passes: the job's save was refused and the file stayed "Đang trích xuất" for good.
 */
export const MAX_EXTRACTED_CHARACTERS = 3_000_000

/** Written by the extraction job alone (through the Local API with access overridden): the API and the admin only read it. */
const jobOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

/**
 * The `extraction` group of a media document: the state and result of reading its text (issue 22).
 *
 * @remarks The file is the unit: a legal document, a news item or a page that attaches it shows its text. Public
 * like the file it comes from. `text` is the one field editors change; a change sets `textCorrected`, and the job
 * then keeps the corrected text when it runs again (until the file itself is replaced).
 */
export const extractionField: Field = {
  name: 'extraction',
  type: 'group',
  label: 'Trích xuất văn bản',
  admin: {
    condition: (data) => isExtractable(data?.mimeType),
    description: 'Văn bản đọc từ tệp PDF, DOC, DOCX; dùng cho trang văn bản và tìm kiếm khi chưa nhập “Toàn văn”.',
  },
  fields: [
    { name: 'state', type: 'ui', admin: { components: { Field: '/components/ExtractionState#ExtractionState' } } },
    { name: 'status', type: 'select', label: 'Trạng thái', options: extractionStatusOptions, access: jobOnly, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'pages', type: 'number', label: 'Số trang', access: jobOnly, admin: { readOnly: true } },
        { name: 'characters', type: 'number', label: 'Số ký tự', access: jobOnly, admin: { readOnly: true } },
        {
          name: 'method',
          type: 'select',
          label: 'Cách đọc',
          access: jobOnly,
          admin: { readOnly: true },
          options: [
            { value: 'text-layer', label: 'Lớp văn bản PDF' },
            { value: 'ocr', label: 'Nhận dạng ký tự (OCR)' },
            { value: 'mixed', label: 'Lớp văn bản và OCR' },
            { value: 'docx', label: 'Tệp DOCX' },
            { value: 'doc', label: 'Tệp DOC' },
          ],
        },
        {
          name: 'legacyEncoding',
          type: 'select',
          label: 'Bảng mã cũ đã chuyển',
          access: jobOnly,
          admin: { readOnly: true },
          options: [
            { value: 'tcvn3', label: 'TCVN3 (ABC)' },
            { value: 'vni', label: 'VNI' },
          ],
        },
      ],
    },
    { name: 'reason', type: 'text', label: 'Lý do', access: jobOnly, admin: { readOnly: true } },
    { name: 'progress', type: 'text', label: 'Tiến độ', access: jobOnly, admin: { readOnly: true } },
    { name: 'extractedAt', type: 'date', label: 'Trích xuất lúc', access: jobOnly, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'text',
      type: 'textarea',
      label: 'Văn bản trích xuất',
      maxLength: MAX_EXTRACTED_CHARACTERS,
      admin: { rows: 16, description: 'Sửa được: văn bản đã sửa được giữ lại khi trích xuất lại.' },
    },
    { name: 'textCorrected', type: 'checkbox', label: 'Văn bản đã được biên tập viên sửa', access: jobOnly, admin: { readOnly: true } },
  ],
}
