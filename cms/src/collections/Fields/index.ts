import type { CollectionConfig } from 'payload'
import { isPublicReader } from '../../access/isPublicReader'
import { nobody } from '../../access/nobody'
import { isEditor } from '../../access/isEditor'
import { taxonomyFields } from '../../fields/taxonomyFields'

/** Fields (lĩnh vực) that procedures and legal documents are grouped by. */
export const Fields: CollectionConfig = {
  slug: 'fields',
  access: { create: isEditor, read: isPublicReader, readVersions: nobody, update: isEditor, delete: isEditor },
  labels: { singular: 'Lĩnh vực', plural: 'Lĩnh vực' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Danh mục' },
  defaultSort: 'name',
  fields: [...taxonomyFields('Tên lĩnh vực'), { name: 'description', type: 'textarea', label: 'Mô tả', localized: true }],
}
