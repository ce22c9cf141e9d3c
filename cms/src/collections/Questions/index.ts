import { agencyNoon } from '@congkhai/contracts/time-zone'
import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { hasRole } from '../../access/hasRole'
import { readsPublicContent } from '../../access/isPublicReader'
import { notifySiteAfterChange, notifySiteAfterDelete } from '../../hooks/notifySite'
import { FEEDBACK_KINDS } from '../Feedback/options'

const handlesQuestions: Access = ({ req }) => hasRole(req, 'admin', 'editor', 'feedback-officer')

/** Staff who handle questions read everything; public readers read published questions only; the site's account nothing. */
const publishedOrStaff: Access = ({ req }) => {
  if (hasRole(req, 'admin', 'editor', 'feedback-officer')) return true
  return readsPublicContent(req) ? { _status: { equals: 'published' } } : false
}

const staffOnly: FieldAccess = ({ req }) => hasRole(req, 'admin', 'editor', 'feedback-officer')

/**
 * Public questions and answers (hỏi đáp) at `/hoi-dap`: answered feedback published without the sender's personal data.
 *
 * @remarks Created from a feedback item by its `publishAsQuestion` box (text redacted automatically, then checked by
 * the officer), or written directly. A separate collection, so the public API never touches the feedback itself.
 */
export const Questions: CollectionConfig = {
  slug: 'questions',
  access: {
    create: handlesQuestions,
    read: publishedOrStaff,
    readVersions: handlesQuestions,
    update: handlesQuestions,
    delete: ({ req }) => hasRole(req, 'admin', 'editor'),
  },
  labels: { singular: 'Hỏi đáp', plural: 'Hỏi đáp' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'answeredDate', '_status'],
    listSearchableFields: ['title'],
    group: 'Tiếp nhận',
  },
  defaultSort: '-answeredDate',
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: {
    afterChange: [notifySiteAfterChange],
    afterDelete: [notifySiteAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Tiêu đề', required: true, localized: true, maxLength: 200 },
    { name: 'question', type: 'textarea', label: 'Câu hỏi', required: true, localized: true, maxLength: 5000 },
    { name: 'answer', type: 'textarea', label: 'Trả lời', required: true, localized: true, maxLength: 10000 },
    { name: 'kind', type: 'select', label: 'Loại', defaultValue: 'hoi-dap', options: [...FEEDBACK_KINDS], admin: { position: 'sidebar' } },
    { name: 'answeredDate', type: 'date', label: 'Ngày trả lời', required: true, index: true, defaultValue: () => agencyNoon(new Date()), admin: { position: 'sidebar', date: { displayFormat: 'dd/MM/yyyy' } } },
    { name: 'procedure', type: 'relationship', relationTo: 'procedures', label: 'Thủ tục liên quan', admin: { position: 'sidebar' } },
    {
      name: 'source',
      type: 'relationship',
      relationTo: 'feedback',
      label: 'Góp ý gốc',
      access: { read: staffOnly },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
