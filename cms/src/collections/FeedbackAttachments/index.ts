import type { CollectionConfig } from 'payload'
import { hasRole } from '../../access/hasRole'
import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { cmsConfig } from '../../config'

/**
 * Files citizens attach to their feedback (PDF, JPG, PNG), stored privately.
 *
 * @remarks Personal data, like the feedback itself: readable (and downloadable, through Payload's access-checked
 * `/api/feedback-attachments/file/…`) only by administrators, feedback officers and editors; never by anonymous users
 * or the site's service account. Created only by the feedback intake (`POST /api/feedback/intake`), one document per
 * file, unique by submission and position so a redelivery reuses what an interrupted one stored. The files live in
 * `DATA_DIR/feedback-attachments`, outside any folder a web server publishes.
 */
export const FeedbackAttachments: CollectionConfig = {
  slug: 'feedback-attachments',
  access: {
    create: isAdmin,
    read: ({ req }) => hasRole(req, 'admin', 'feedback-officer', 'editor'),
    readVersions: nobody,
    update: isAdmin,
    delete: isAdmin,
  },
  labels: { singular: 'Tệp đính kèm góp ý', plural: 'Tệp đính kèm góp ý' },
  admin: {
    useAsTitle: 'originalName',
    defaultColumns: ['originalName', 'feedbackCode', 'mimeType', 'filesize', 'createdAt'],
    group: 'Tiếp nhận',
    description: 'Tệp người dân gửi kèm góp ý (PDF, JPG, PNG). Không công khai; chỉ cán bộ tiếp nhận, biên tập viên và quản trị viên xem và tải về được.',
    listSearchableFields: ['originalName', 'feedbackCode'],
  },
  indexes: [{ fields: ['submissionId', 'position'], unique: true }],
  upload: {
    staticDir: cmsConfig.feedbackAttachmentsDir,
    mimeTypes: ['application/pdf', 'image/jpeg', 'image/png'],
    crop: false,
    focalPoint: false,
    // Personal data: never kept by a shared cache, never sniffed as another type.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('cache-control', 'private, no-store')
      headers.set('x-content-type-options', 'nosniff')
      return headers
    },
  },
  fields: [
    { name: 'originalName', type: 'text', label: 'Tên tệp người gửi đặt', maxLength: 200, admin: { readOnly: true } },
    { name: 'feedbackCode', type: 'text', label: 'Mã góp ý', index: true, admin: { readOnly: true } },
    { name: 'submissionId', type: 'text', label: 'Mã gửi (nội bộ)', required: true, admin: { readOnly: true } },
    { name: 'position', type: 'number', label: 'Thứ tự', required: true, admin: { readOnly: true } },
  ],
}
