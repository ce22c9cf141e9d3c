import type { Access } from 'payload'
import { hasRole } from './hasRole'

/** Administrators see every account; other users only their own. */
export const selfOrAdmin: Access = ({ req }) => {
  if (hasRole(req, 'admin')) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}
