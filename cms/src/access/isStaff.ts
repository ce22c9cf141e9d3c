import type { Access } from 'payload'
import { hasRole, STAFF_ROLES } from './hasRole'

/** People who work in the admin (administrators, editors, feedback officers); never a service account. */
export const isStaff: Access = ({ req }) => hasRole(req, ...STAFF_ROLES)
