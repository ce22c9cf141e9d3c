import type { CollectionConfig } from 'payload'
import { lexicalHTMLField } from '@payloadcms/richtext-lexical'
import { isEditor } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { slugField } from '../../fields/slugField'
import { notifySiteAfterChange, notifySiteAfterDelete } from '../../hooks/notifySite'

/** News articles (tin tức) of the agency. */
export const News: CollectionConfig = {
  slug: 'news',
  access: {
    create: isEditor,
    read: publishedOrEditor,
    readVersions: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  labels: { singular: 'Tin tức', plural: 'Tin tức' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedDate', '_status'],
    group: 'Nội dung',
  },
  defaultSort: '-publishedDate',
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    afterChange: [notifySiteAfterChange],
    afterDelete: [notifySiteAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Tiêu đề', required: true },
    slugField('title'),
    { name: 'publishedDate', type: 'date', label: 'Ngày đăng', required: true, defaultValue: () => new Date().toISOString(), admin: { position: 'sidebar', date: { displayFormat: 'dd/MM/yyyy' } } },
    { name: 'summary', type: 'textarea', label: 'Tóm tắt' },
    { name: 'body', type: 'richText', label: 'Nội dung' },
    lexicalHTMLField({ htmlFieldName: 'bodyHtml', lexicalFieldName: 'body' }),
  ],
}
