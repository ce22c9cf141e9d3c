import type { Access, FieldAccess } from 'payload'
import { hasRole } from './hasRole'

/** Administrators only. */
export const isAdmin: Access = ({ req }) => hasRole(req, 'admin')

/** Administrators only, for a single field. */
export const isAdminField: FieldAccess = ({ req }) => hasRole(req, 'admin')
