import { agencyNoon } from '@congkhai/contracts/time-zone'
import type { CollectionConfig } from 'payload'
import { isEditor } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { htmlField } from '../../fields/htmlField'
import { previewUrl } from '../../fields/previewUrl'
import { slugField } from '../../fields/slugField'
import { notifySiteAfterChange, notifySiteAfterDelete } from '../../hooks/notifySite'
import { SCHEDULE_PUBLISH } from '../../lib/agencyTime'

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
    preview: previewUrl('news'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'publishedDate', '_status'],
    listSearchableFields: ['title'],
    group: 'Nội dung',
  },
  defaultSort: '-publishedDate',
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: SCHEDULE_PUBLISH }, maxPerDoc: 50 },
  hooks: {
    afterChange: [notifySiteAfterChange],
    afterDelete: [notifySiteAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', label: 'Tiêu đề', required: true, localized: true },
    slugField('title'),
    { name: 'publishedDate', type: 'date', label: 'Ngày đăng', required: true, index: true, defaultValue: () => agencyNoon(new Date()), admin: { position: 'sidebar', date: { displayFormat: 'dd/MM/yyyy' } } },
    { name: 'category', type: 'relationship', relationTo: 'news-categories', label: 'Chuyên mục', admin: { position: 'sidebar' } },
    { name: 'author', type: 'text', label: 'Tác giả', admin: { position: 'sidebar' } },
    { name: 'summary', type: 'textarea', label: 'Tóm tắt', localized: true },
    { name: 'cover', type: 'upload', relationTo: 'media', label: 'Ảnh đại diện', filterOptions: { mimeType: { contains: 'image' } } },
    { name: 'body', type: 'richText', label: 'Nội dung', localized: true },
    htmlField('bodyHtml', 'body'),
  ],
}
