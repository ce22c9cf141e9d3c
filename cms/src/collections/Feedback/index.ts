import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin'
import { hasRole } from '../../access/hasRole'
import { isFeedbackOfficer } from '../../access/isFeedbackOfficer'

/**
 * Citizens' feedback (góp ý) received through the public site's form.
 *
 * @remarks Personal data: never readable through the public API; the site writes with its service API key,
 * feedback officers handle it, editors may read it.
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  access: {
    create: ({ req }) => hasRole(req, 'admin', 'feedback-officer', 'site'),
    read: ({ req }) => hasRole(req, 'admin', 'feedback-officer', 'editor'),
    update: isFeedbackOfficer,
    delete: isAdmin,
  },
  labels: { singular: 'Góp ý', plural: 'Góp ý' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'name', 'status', 'createdAt'],
    group: 'Tiếp nhận',
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'title', type: 'text', label: 'Tiêu đề', required: true, maxLength: 200 },
    { name: 'content', type: 'textarea', label: 'Nội dung', required: true, maxLength: 5000 },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: 'Họ và tên', required: true, maxLength: 100 },
        { name: 'email', type: 'email', label: 'Thư điện tử' },
        { name: 'phone', type: 'text', label: 'Số điện thoại', maxLength: 20 },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: 'Trạng thái',
      defaultValue: 'moi',
      required: true,
      admin: { position: 'sidebar' },
      options: [
        { value: 'moi', label: 'Mới' },
        { value: 'dang-xu-ly', label: 'Đang xử lý' },
        { value: 'da-tra-loi', label: 'Đã trả lời' },
      ],
    },
  ],
}
