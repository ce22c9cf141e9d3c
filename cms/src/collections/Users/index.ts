import type { CollectionConfig } from 'payload'
import { hasRole, ROLES, STAFF_ROLES } from '../../access/hasRole'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { selfOrAdmin } from '../../access/selfOrAdmin'
import { cmsConfig } from '../../config'
import { forgiveLogin, forgotPasswordEndpoint, guardAuthOperation } from '../../loginProtection'

const roleLabels = {
  admin: 'Quản trị',
  editor: 'Biên tập viên',
  'feedback-officer': 'Cán bộ xử lý góp ý',
  site: 'Trang công khai: nhận góp ý (tài khoản dịch vụ)',
  build: 'Trang công khai: đọc nội dung để dựng trang (tài khoản dịch vụ)',
}

/**
 * CMS accounts: administrators, editors, feedback officers and the public site's two service accounts.
 *
 * @remarks Service accounts (`site`, `build`) sign in by API key only and may not open the admin, nor read or change
 * any account, their own included.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: ({ req }) => hasRole(req, ...STAFF_ROLES),
    create: isAdmin,
    read: selfOrAdmin,
    readVersions: nobody,
    update: selfOrAdmin,
    delete: isAdmin,
    unlock: isAdmin,
  },
  auth: {
    useAPIKey: true,
    // Secure: the session cookie never travels over plain HTTP once the CMS is served over HTTPS (SECURE_COOKIES).
    cookies: { secure: cmsConfig.SECURE_COOKIES, sameSite: 'Lax' },
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
