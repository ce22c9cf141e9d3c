import type { Access } from 'payload'
import { hasRole, STAFF_ROLES } from './hasRole'

/**
 * Administrators see every account; other staff only their own; service accounts and anonymous visitors none, not
 * even their own.
 *
 * @remarks A service account that could read or change its own record could read its key back or give itself roles
 * through the REST API (`PATCH /api/users/<id>`, `/api/users/me`).
 */
export const selfOrAdmin: Access = ({ req }) => {
  if (hasRole(req, 'admin')) return true
  if (req.user && hasRole(req, ...STAFF_ROLES)) return { id: { equals: req.user.id } }
  return false
}
