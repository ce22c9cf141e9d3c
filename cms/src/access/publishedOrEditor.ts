import type { Access } from 'payload'
import { hasRole } from './hasRole'

/**
 * Editors read everything; everyone else reads published documents only.
 *
 * @remarks Returning a query constraint (not `false`) lets anonymous list requests succeed with only published rows.
 */
export const publishedOrEditor: Access = ({ req }) => {
  if (hasRole(req, 'admin', 'editor')) return true
  return { _status: { equals: 'published' } }
}
