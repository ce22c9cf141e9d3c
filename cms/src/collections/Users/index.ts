import type { CollectionConfig } from 'payload'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { ROLES } from '../../access/hasRole'
import { selfOrAdmin } from '../../access/selfOrAdmin'
import { forgiveLogin, forgotPasswordEndpoint, guardAuthOperation } from '../../loginProtection'

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
    unlock: isAdmin,
  },
  auth: {
    useAPIKey: true,
    // Payload's lock (5 failures lock an account for 10 minutes) let anyone lock the administrator out, and its
    // "locked" answer told which accounts exist; src/loginProtection limits logins instead. A limit no one reaches
    // keeps the lock fields in the schema (no migration), and the lock unreachable.
    maxLoginAttempts: Number.MAX_SAFE_INTEGER,
  },
  hooks: { beforeOperation: [guardAuthOperation], afterLogin: [forgiveLogin] },
  endpoints: [forgotPasswordEndpoint],
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
