import type { Access } from 'payload'
import { hasRole } from './hasRole'
import { readsPublicContent } from './isPublicReader'

/**
 * Editors read everything; other public readers (anonymous, the build account, feedback officers) read published
 * documents only; the site's intake account reads nothing.
 *
 * @remarks Returning a query constraint (not `false`) lets anonymous list requests succeed with only published rows.
 */
export const publishedOrEditor: Access = ({ req }) => {
  if (hasRole(req, 'admin', 'editor')) return true
  if (readsPublicContent(req)) return { _status: { equals: 'published' } }
  return false
}
