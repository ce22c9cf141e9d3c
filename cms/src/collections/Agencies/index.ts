import type { CollectionConfig } from 'payload'
import { isPublicReader } from '../../access/isPublicReader'
import { nobody } from '../../access/nobody'
import { isEditor } from '../../access/isEditor'
import { taxonomyFields } from '../../fields/taxonomyFields'

/** Agencies (cơ quan) that implement or decide procedures and issue documents. */
export const Agencies: CollectionConfig = {
  slug: 'agencies',
  access: { create: isEditor, read: isPublicReader, readVersions: nobody, update: isEditor, delete: isEditor },
  labels: { singular: 'Cơ quan', plural: 'Cơ quan' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'phone', 'email'], group: 'Danh mục' },
  defaultSort: 'name',
  fields: [
    ...taxonomyFields('Tên cơ quan'),
    { name: 'address', type: 'text', label: 'Địa chỉ', localized: true },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: 'Điện thoại' },
        { name: 'email', type: 'email', label: 'Thư điện tử' },
        { name: 'website', type: 'text', label: 'Trang thông tin điện tử' },
      ],
    },
  ],
}
