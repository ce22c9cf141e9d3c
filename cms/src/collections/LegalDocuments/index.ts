import type { CollectionConfig } from 'payload'
import { lexicalHTMLField } from '@payloadcms/richtext-lexical'
import { isEditor } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { slugField } from '../../fields/slugField'
import { notifySiteAfterChange, notifySiteAfterDelete } from '../../hooks/notifySite'
import { documentTypeOptions, validityStatusOptions } from './options'

/** Legal documents (văn bản quy phạm pháp luật) with their number, issuer, dates and validity. */
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
    useAsTitle: 'number',
    defaultColumns: ['number', 'title', 'documentType', 'validity', 'issuedDate', '_status'],
    listSearchableFields: ['number', 'title', 'issuer'],
    group: 'Nội dung',
  },
  defaultSort: '-issuedDate',
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    afterChange: [notifySiteAfterChange],
    afterDelete: [notifySiteAfterDelete],
  },
  fields: [
    { name: 'number', type: 'text', label: 'Số ký hiệu', required: true, unique: true, index: true, admin: { description: 'Ví dụ: 15/2020/QĐ-UBND' } },
    { name: 'title', type: 'text', label: 'Tên văn bản (trích yếu)', required: true },
    slugField('number'),
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
        { name: 'signer', type: 'text', label: 'Người ký' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'issuedDate', type: 'date', label: 'Ngày ban hành', required: true, admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
        { name: 'effectiveDate', type: 'date', label: 'Ngày có hiệu lực', admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
        { name: 'expiryDate', type: 'date', label: 'Ngày hết hiệu lực', admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
      ],
    },
    { name: 'field', type: 'text', label: 'Lĩnh vực' },
    { name: 'summary', type: 'textarea', label: 'Tóm tắt' },
    { name: 'body', type: 'richText', label: 'Toàn văn' },
    lexicalHTMLField({ htmlFieldName: 'bodyHtml', lexicalFieldName: 'body' }),
  ],
}
