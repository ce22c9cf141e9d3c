import { FEEDBACK_MAX_LENGTHS } from '@congkhai/contracts/feedback'
import type { CollectionConfig, TextareaFieldValidation, TextFieldSingleValidation } from 'payload'
import { hasRole } from '../../access/hasRole'
import { isAdmin } from '../../access/isAdmin'
import { isFeedbackOfficer } from '../../access/isFeedbackOfficer'
import { nobody } from '../../access/nobody'
import { intake } from './endpoints/intake'
import { track, trackWithContact } from './endpoints/track'
import { deleteErasedAttachments } from './hooks/deleteErasedAttachments'
import { eraseOnRequest } from './hooks/eraseOnRequest'
import { notifyAnswered } from './hooks/notifyAnswered'
import { publishQuestion } from './hooks/publishQuestion'
import { recordStatusChange } from './hooks/recordStatusChange'
import { setDeadline } from './hooks/setDeadline'
import { stampInternalNotes } from './hooks/stampInternalNotes'
import { FEEDBACK_KINDS, FEEDBACK_STATUSES, STATUSES_WITH_REASON } from './options'

const reasonRequired: TextareaFieldValidation = (value, { siblingData }) => {
  const status = (siblingData as { status?: string }).status
  if (STATUSES_WITH_REASON.includes(status as never) && !value?.trim()) {
    return status === 'khong-xu-ly' ? 'Cần ghi lý do không xử lý.' : 'Cần ghi cơ quan được chuyển đến.'
  }
  return true
}

const answerRequired: TextareaFieldValidation = (value, { siblingData }) =>
  (siblingData as { status?: string }).status === 'da-tra-loi' && !value?.trim() ? 'Cần nhập nội dung trả lời trước khi chuyển sang “Đã trả lời”.' : true

const noNewlines: TextFieldSingleValidation = (value) => (typeof value === 'string' && /[\r\n]/.test(value) ? 'Không được xuống dòng.' : true)

const stamp = { readOnly: true, position: 'sidebar' as const, date: { pickerAppearance: 'dayAndTime' as const } }

/**
 * Citizens' feedback (góp ý, phản ánh, kiến nghị, hỏi đáp) received through the public site, and its handling.
 *
 * @remarks Personal data: never readable through the public API. The site delivers submissions with its service
 * account through `POST /api/feedback/intake` (idempotent by `submissionId`) and reads only the public side through
 * `GET`/`POST /api/feedback/track/:code`; feedback officers handle, editors read. All submitted text is plain text fields,
 * which the admin shows as text, never as markup.
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  access: {
    // Not the site's account: it hands submissions over through `/intake`, which sets status and handling itself.
    create: ({ req }) => hasRole(req, 'admin', 'feedback-officer'),
    read: ({ req }) => hasRole(req, 'admin', 'feedback-officer', 'editor'),
    readVersions: nobody,
    update: isFeedbackOfficer,
    delete: isAdmin,
  },
  labels: { singular: 'Góp ý', plural: 'Góp ý' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['code', 'title', 'kind', 'status', 'assignee', 'dueDate'],
    listSearchableFields: ['code', 'title'],
    group: 'Tiếp nhận',
    description: 'Góp ý, phản ánh, kiến nghị, hỏi đáp của người dân. Hạn xử lý tính theo ngày làm việc; góp ý quá hạn được đánh dấu đỏ.',
  },
  defaultSort: '-receivedAt',
  endpoints: [intake, track, trackWithContact],
  hooks: {
    beforeChange: [setDeadline, recordStatusChange, stampInternalNotes, eraseOnRequest],
    afterChange: [notifyAnswered, publishQuestion, deleteErasedAttachments],
  },
  fields: [
    { name: 'code', type: 'text', label: 'Mã tra cứu', unique: true, index: true, required: true, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'status',
      type: 'select',
      label: 'Trạng thái',
      defaultValue: 'moi',
      required: true,
      index: true,
      admin: { position: 'sidebar' },
      options: [...FEEDBACK_STATUSES],
    },
    {
      name: 'statusReason',
      type: 'textarea',
      label: 'Lý do / cơ quan được chuyển đến (công khai)',
      maxLength: 1000,
      validate: reasonRequired,
      admin: { position: 'sidebar', condition: (_, sibling) => STATUSES_WITH_REASON.includes(sibling?.status), description: 'Người gửi thấy nội dung này khi tra cứu.' },
    },
    { name: 'assignee', type: 'relationship', relationTo: 'users', label: 'Người xử lý', admin: { position: 'sidebar' } },
    {
      name: 'dueDate',
      type: 'date',
      label: 'Hạn xử lý',
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Tính theo ngày làm việc từ ngày tiếp nhận (xem Thông tin cơ quan); có thể sửa.',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
        components: { Cell: '/components/DueDateCell#DueDateCell' },
      },
    },
    { name: 'receivedAt', type: 'date', label: 'Tiếp nhận lúc', index: true, admin: stamp },
    { name: 'answeredAt', type: 'date', label: 'Trả lời lúc', admin: stamp },
    { name: 'closedAt', type: 'date', label: 'Kết thúc lúc', index: true, admin: stamp },
    { name: 'personalDataErasedAt', type: 'date', label: 'Đã xoá dữ liệu cá nhân lúc', admin: stamp },
    {
      name: 'erasePersonalData',
      type: 'checkbox',
      label: 'Xoá dữ liệu cá nhân ngay (theo yêu cầu của người gửi)',
      admin: { position: 'sidebar', description: 'Xoá họ tên, liên hệ, địa chỉ, nội dung và ghi chú nội bộ khi lưu; việc xoá được ghi vào lịch sử.' },
    },
    { name: 'submissionId', type: 'text', label: 'Mã gửi (nội bộ)', unique: true, index: true, admin: { readOnly: true, position: 'sidebar' } },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', label: 'Loại', required: true, defaultValue: 'gop-y', options: [...FEEDBACK_KINDS] },
        { name: 'procedure', type: 'relationship', relationTo: 'procedures', label: 'Thủ tục liên quan' },
      ],
    },
    {
      name: 'procedureText',
      type: 'textarea',
      label: 'Thủ tục liên quan, như người gửi tự nhập',
      maxLength: FEEDBACK_MAX_LENGTHS.procedureText,
      admin: {
        readOnly: true,
        rows: 2,
        condition: (data) => Boolean(data?.procedureText),
        description: 'Người gửi gõ nội dung này thay vì chọn trong danh sách gợi ý. Nếu nó khớp mã hoặc tên một thủ tục, thủ tục đó đã được chọn ở ô “Thủ tục liên quan”; nếu không, hãy đọc và chọn thủ tục phù hợp (nếu có).',
      },
    },
    { name: 'title', type: 'text', label: 'Tiêu đề', required: true, maxLength: 200, validate: noNewlines },
    { name: 'content', type: 'textarea', label: 'Nội dung', required: true, maxLength: 5000, admin: { readOnly: true } },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'feedback-attachments',
      hasMany: true,
      label: 'Tệp đính kèm (không công khai)',
      admin: { readOnly: true, description: 'Tệp người gửi đính kèm (PDF, JPG, PNG). Bấm vào tệp để xem hoặc tải về; không bao giờ hiện khi tra cứu hay trong hỏi đáp.' },
    },
    {
      type: 'collapsible',
      label: 'Người gửi (dữ liệu cá nhân, không công khai)',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: 'Họ và tên', required: true, maxLength: 100, validate: noNewlines },
            { name: 'email', type: 'email', label: 'Thư điện tử' },
            { name: 'phone', type: 'text', label: 'Số điện thoại', maxLength: 20, validate: noNewlines },
          ],
        },
        { name: 'address', type: 'text', label: 'Địa chỉ', maxLength: 300, validate: noNewlines },
        { name: 'consentAt', type: 'date', label: 'Đồng ý xử lý dữ liệu cá nhân lúc', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      name: 'answer',
      type: 'textarea',
      label: 'Trả lời (công khai)',
      maxLength: 10000,
      validate: answerRequired,
      admin: { description: 'Gửi cho người gửi qua thư điện tử và hiện khi tra cứu bằng mã, khi trạng thái là “Đã trả lời”.' },
    },
    {
      name: 'internalNotes',
      type: 'array',
      label: 'Ghi chú nội bộ (không bao giờ công khai)',
      labels: { singular: 'Ghi chú', plural: 'Ghi chú' },
      fields: [
        { name: 'note', type: 'textarea', label: 'Ghi chú', required: true, maxLength: 2000 },
        { type: 'row', fields: [
          { name: 'author', type: 'relationship', relationTo: 'users', label: 'Người ghi', admin: { readOnly: true } },
          { name: 'at', type: 'date', label: 'Lúc', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        ] },
      ],
    },
    {
      type: 'collapsible',
      label: 'Công bố hỏi đáp',
      fields: [
        {
          name: 'publishAsQuestion',
          type: 'checkbox',
          label: 'Công bố thành hỏi đáp công khai (đã lược bỏ dữ liệu cá nhân)',
          validate: (value: boolean | null | undefined, { siblingData }: { siblingData: Partial<{ status: string }> }) =>
            value && siblingData.status !== 'da-tra-loi' ? 'Chỉ công bố được góp ý đã trả lời.' : true,
          admin: { description: 'Tạo (hoặc cập nhật) một mục trong “Hỏi đáp” với tiêu đề, nội dung và trả lời đã lược bỏ họ tên, địa chỉ, thư điện tử, số điện thoại. Kiểm tra lại mục đó trước khi để công khai lâu dài.' },
        },
        { name: 'question', type: 'relationship', relationTo: 'questions', label: 'Mục hỏi đáp', admin: { readOnly: true } },
      ],
    },
    {
      name: 'history',
      type: 'array',
      label: 'Lịch sử xử lý',
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { type: 'row', fields: [
          { name: 'event', type: 'select', label: 'Sự kiện', defaultValue: 'status', options: [{ value: 'status', label: 'Trạng thái' }, { value: 'erasure', label: 'Xoá dữ liệu cá nhân' }] },
          { name: 'status', type: 'select', label: 'Trạng thái', options: [...FEEDBACK_STATUSES] },
          { name: 'at', type: 'date', label: 'Lúc', admin: { date: { pickerAppearance: 'dayAndTime' } } },
          { name: 'by', type: 'relationship', relationTo: 'users', label: 'Người thực hiện' },
        ] },
        { name: 'note', type: 'text', label: 'Ghi chú' },
      ],
    },
  ],
}
