import type { CollectionConfig } from 'payload'
import { isPublicReader } from '../../access/isPublicReader'
import { nobody } from '../../access/nobody'
import { isEditor } from '../../access/isEditor'
import { cmsConfig } from '../../config'
import { reextractEndpoint } from './endpoints/reextract'
import { extractionField } from './extractionField'
import { acceptWordDocument, OLE_MIME_TYPE } from './hooks/acceptWordDocument'
import { prepareExtraction } from './hooks/prepareExtraction'
import { queueExtractionAfterChange } from './hooks/queueExtraction'

/**
 * Images and documents (PDF, Word) attached to content: cover images, forms and templates, full texts.
 *
 * @remarks Everything here is public once uploaded; citizens' attachments go to a private collection instead. The text
 * of a PDF, DOC or DOCX is read in a background job into `extraction` (issue 22), as public as the file.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  access: { create: isEditor, read: isPublicReader, readVersions: nobody, update: isEditor, delete: isEditor },
  labels: { singular: 'Tệp', plural: 'Thư viện tệp' },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'], group: 'Nội dung' },
  hooks: { beforeOperation: [acceptWordDocument], beforeChange: [prepareExtraction], afterChange: [queueExtractionAfterChange] },
  endpoints: [reextractEndpoint],
  upload: {
    staticDir: cmsConfig.mediaDir,
    mimeTypes: [
      'image/jpeg',
      'image/png',
      'image/webp',
      'application/pdf',
      'application/msword',
      // Payload's check names a .doc by its container; acceptWordDocument lets only Word documents through.
      OLE_MIME_TYPE,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 200, position: 'centre' },
      { name: 'card', width: 768 },
      { name: 'wide', width: 1280 },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Mô tả ảnh (văn bản thay thế)',
      localized: true,
      admin: { description: 'Bắt buộc với ảnh: mô tả nội dung ảnh cho người không nhìn thấy.' },
      validate: (value: unknown, { siblingData }: { siblingData: { mimeType?: string } }) =>
        siblingData?.mimeType?.startsWith('image/') && !(typeof value === 'string' && value.trim())
          ? 'Vui lòng nhập mô tả ảnh (văn bản thay thế).'
          : true,
    },
    { name: 'caption', type: 'text', label: 'Chú thích', localized: true },
    extractionField,
  ],
}
