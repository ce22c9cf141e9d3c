import type { CollectionConfig } from 'payload'
import { isEditor } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { htmlField } from '../../fields/htmlField'
import { previewUrl } from '../../fields/previewUrl'
import { slugField } from '../../fields/slugField'
import { notifySiteAfterChange, notifySiteAfterDelete } from '../../hooks/notifySite'
import { SCHEDULE_PUBLISH } from '../../lib/agencyTime'

/**
 * Agency pages for the sections Decree 42/2022/NĐ-CP requires: introduction, functions and duties, organisation,
 * plans and reports. Pages nest under a parent page.
 */
export const Pages: CollectionConfig = {
  slug: 'pages',
  access: {
    create: isEditor,
    read: publishedOrEditor,
    readVersions: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  labels: { singular: 'Trang giới thiệu', plural: 'Trang giới thiệu' },
  admin: { preview: previewUrl('pages'), useAsTitle: 'title', defaultColumns: ['title', 'section', 'parent', '_status'], group: 'Nội dung' },
  defaultSort: 'order',
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: SCHEDULE_PUBLISH }, maxPerDoc: 50 },
  hooks: {
    afterChange: [notifySiteAfterChange],
    afterDelete: [notifySiteAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Tiêu đề', required: true, localized: true },
    slugField('title'),
    {
      name: 'section',
      type: 'select',
      label: 'Mục (theo Nghị định 42/2022/NĐ-CP)',
      required: true,
      admin: { position: 'sidebar' },
      options: [
        { value: 'gioi-thieu', label: 'Giới thiệu' },
        { value: 'chuc-nang-nhiem-vu', label: 'Chức năng, nhiệm vụ' },
        { value: 'co-cau-to-chuc', label: 'Cơ cấu tổ chức' },
        { value: 'ke-hoach-bao-cao', label: 'Kế hoạch, báo cáo' },
        { value: 'lien-he', label: 'Liên hệ' },
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'pages',
      label: 'Trang cha',
      admin: { position: 'sidebar' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    { name: 'order', type: 'number', label: 'Thứ tự', defaultValue: 0, admin: { position: 'sidebar' } },
    { name: 'summary', type: 'textarea', label: 'Tóm tắt', localized: true },
    { name: 'body', type: 'richText', label: 'Nội dung', localized: true },
    htmlField('bodyHtml', 'body'),
    { name: 'children', type: 'join', collection: 'pages', on: 'parent', label: 'Trang con' },
  ],
}
