import type { CollectionConfig } from 'payload'
import { isPublicReader } from '../../access/isPublicReader'
import { nobody } from '../../access/nobody'
import { isEditor } from '../../access/isEditor'
import { taxonomyFields } from '../../fields/taxonomyFields'

/** Categories (chuyên mục) of news articles. */
export const NewsCategories: CollectionConfig = {
  slug: 'news-categories',
  access: { create: isEditor, read: isPublicReader, readVersions: nobody, update: isEditor, delete: isEditor },
  labels: { singular: 'Chuyên mục tin', plural: 'Chuyên mục tin' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Danh mục' },
  defaultSort: 'name',
  fields: taxonomyFields('Tên chuyên mục'),
}
