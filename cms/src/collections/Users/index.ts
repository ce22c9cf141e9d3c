import type { CollectionConfig } from 'payload'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { ROLES } from '../../access/hasRole'
import { selfOrAdmin } from '../../access/selfOrAdmin'
import { cmsConfig } from '../../config'

const roleLabels = { admin: 'Quản trị', editor: 'Biên tập viên', 'feedback-officer': 'Cán bộ xử lý góp ý', site: 'Trang công khai (tài khoản dịch vụ)' }

/** CMS accounts: administrators, editors and the public site's service account. */
export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: ({ req }) => Boolean((req.user as { roles?: string[] } | null)?.roles?.some((r) => r !== 'site')),
    create: isAdmin,
    read: selfOrAdmin,
    update: selfOrAdmin,
    delete: isAdmin,
  },
  // Secure: the session cookie never travels over plain HTTP once the CMS is served over HTTPS (SECURE_COOKIES).
  auth: { useAPIKey: true, cookies: { secure: cmsConfig.SECURE_COOKIES, sameSite: 'Lax' } },
  labels: { singular: 'Người dùng', plural: 'Người dùng' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles'],
    group: 'Hệ thống',
  },
  fields: [
    { name: 'name', type: 'text', label: 'Họ và tên' },
    {
      name: 'roles',
      type: 'select',
      label: 'Vai trò',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}
