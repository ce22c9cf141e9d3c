import type { CollectionConfig } from 'payload'
import { isEditor } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { htmlField } from '../../fields/htmlField'
import { previewUrl } from '../../fields/previewUrl'
import { slugField } from '../../fields/slugField'
import { notifySiteAfterChange, notifySiteAfterDelete } from '../../hooks/notifySite'
import { documentTypeOptions, validityStatusOptions } from './options'
import { relationFields } from './relationFields'
import { SCHEDULE_PUBLISH } from '../../lib/agencyTime'

const date = { date: { displayFormat: 'dd/MM/yyyy' } }

/** Legal documents (văn bản) with their number, issuer, dates, validity, full text and relations to each other. */
export const LegalDocuments: CollectionConfig = {
  slug: 'legal-documents',
  access: {
    create: isEditor,
    read: publishedOrEditor,
    readVersions: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  labels: { singular: 'Văn bản', plural: 'Văn bản' },
  admin: {
    preview: previewUrl('legal-documents'),
    useAsTitle: 'number',
    defaultColumns: ['number', 'title', 'documentType', 'validity', 'issuedDate', '_status'],
    listSearchableFields: ['number', 'title', 'issuer'],
    group: 'Nội dung',
  },
  defaultSort: '-issuedDate',
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: SCHEDULE_PUBLISH }, maxPerDoc: 50 },
  hooks: {
    afterChange: [notifySiteAfterChange],
    afterDelete: [notifySiteAfterDelete],
  },
  fields: [
    { name: 'number', type: 'text', label: 'Số ký hiệu', required: true, unique: true, index: true, admin: { description: 'Ví dụ: 15/2020/QĐ-UBND' } },
    { name: 'title', type: 'text', label: 'Tên văn bản (trích yếu)', required: true, localized: true },
    slugField('number'),
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Thông tin chung',
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'documentType', type: 'select', label: 'Loại văn bản', required: true, options: documentTypeOptions },
                { name: 'validity', type: 'select', label: 'Tình trạng hiệu lực', required: true, defaultValue: 'con-hieu-luc', options: validityStatusOptions },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'issuer', type: 'text', label: 'Cơ quan ban hành', required: true },
                {
                  name: 'signerTitle',
                  type: 'text',
                  label: 'Chức danh người ký',
                  localized: true,
                  admin: { description: 'Chức vụ của người ký, bỏ “KT.”, “TM.” ở phần chữ ký. Ví dụ: Phó Chủ tịch, Giám đốc' },
                },
                { name: 'signer', type: 'text', label: 'Người ký' },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'issuedDate', type: 'date', label: 'Ngày ban hành', required: true, index: true, admin: date },
                { name: 'effectiveDate', type: 'date', label: 'Ngày có hiệu lực', admin: date },
                { name: 'expiryDate', type: 'date', label: 'Ngày hết hiệu lực', admin: date },
              ],
            },
            { name: 'field', type: 'relationship', relationTo: 'fields', label: 'Lĩnh vực' },
            { name: 'summary', type: 'textarea', label: 'Tóm tắt', localized: true },
          ],
        },
        {
          label: 'Toàn văn và tệp',
          fields: [
            { name: 'body', type: 'richText', label: 'Toàn văn', localized: true },
            htmlField('bodyHtml', 'body'),
            { name: 'attachments', type: 'upload', relationTo: 'media', hasMany: true, label: 'Tệp đính kèm (PDF, DOC)' },
            { name: 'attachmentsExtraction', type: 'ui', admin: { components: { Field: '/components/AttachmentsExtraction#AttachmentsExtraction' } } },
          ],
        },
        { label: 'Quan hệ văn bản', fields: relationFields },
        {
          label: 'Lịch sử hiệu lực',
          fields: [
            {
              name: 'validityHistory',
              type: 'array',
              label: 'Lịch sử hiệu lực',
              labels: { singular: 'Mốc hiệu lực', plural: 'Lịch sử hiệu lực' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'date', type: 'date', label: 'Ngày', required: true, admin: date },
                    { name: 'status', type: 'select', label: 'Tình trạng', required: true, options: validityStatusOptions },
                  ],
                },
                { name: 'sourceDocument', type: 'relationship', relationTo: 'legal-documents', label: 'Văn bản làm thay đổi hiệu lực' },
                { name: 'note', type: 'text', label: 'Ghi chú', localized: true },
              ],
            },
          ],
        },
      ],
    },
  ],
}
