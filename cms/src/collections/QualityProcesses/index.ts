import type { CollectionConfig } from 'payload'
import { isEditor } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { notifySiteAfterChange, notifySiteAfterDelete } from '../../hooks/notifySite'
import { requiredInDefaultLocale } from '../../fields/requiredInDefaultLocale'

/** The agency's ISO 9001:2015 processes (quy trình ISO), with their steps and time budgets. */
export const QualityProcesses: CollectionConfig = {
  slug: 'quality-processes',
  access: { create: isEditor, read: publishedOrEditor, readVersions: isEditor, update: isEditor, delete: isEditor },
  labels: { singular: 'Quy trình ISO', plural: 'Quy trình ISO' },
  admin: { useAsTitle: 'name', defaultColumns: ['code', 'name', 'owner', '_status'], listSearchableFields: ['code', 'name'], group: 'Nội dung' },
  defaultSort: 'code',
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { afterChange: [notifySiteAfterChange], afterDelete: [notifySiteAfterDelete] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'code', type: 'text', label: 'Mã quy trình', required: true, unique: true, index: true, admin: { description: 'Ví dụ: QT-NV-01' } },
        { name: 'owner', type: 'text', label: 'Đơn vị chủ trì', localized: true },
      ],
    },
    { name: 'name', type: 'text', label: 'Tên quy trình', required: true, localized: true },
    { name: 'purpose', type: 'textarea', label: 'Mục đích, phạm vi', localized: true },
    {
      name: 'steps',
      type: 'array',
      label: 'Các bước',
      labels: { singular: 'Bước', plural: 'Các bước' },
      fields: [
        { name: 'name', type: 'text', label: 'Nội dung công việc', localized: true, validate: requiredInDefaultLocale },
        {
          type: 'row',
          fields: [
            { name: 'responsible', type: 'text', label: 'Trách nhiệm', localized: true },
            { name: 'timeBudget', type: 'number', label: 'Thời gian', min: 0 },
            { name: 'timeUnit', type: 'select', label: 'Đơn vị', defaultValue: 'ngay-lam-viec', options: [{ value: 'gio-lam-viec', label: 'giờ làm việc' }, { value: 'ngay-lam-viec', label: 'ngày làm việc' }] },
          ],
        },
      ],
    },
    { name: 'procedures', type: 'join', collection: 'procedures', on: 'qualityProcess', label: 'Thủ tục áp dụng' },
  ],
}
