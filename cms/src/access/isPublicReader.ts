import type { Access, PayloadRequest } from 'payload'
import { hasRole, STAFF_ROLES } from './hasRole'

/** True for the requests that may read public content; see {@link isPublicReader}. */
export function readsPublicContent(req: PayloadRequest): boolean {
  return !req.user || hasRole(req, 'build', ...STAFF_ROLES)
}

/**
 * Who may read public content: anonymous visitors, the site's build account and staff; not the site's intake account.
 *
 * @remarks The `site` account's key lives on the public-facing server, so it gets nothing beyond handing over
 * submissions and looking them up (`/api/feedback/intake`, `/api/feedback/track/:code`). Denying it public reads too
 * keeps a stolen key from being anything but a narrower anonymous visitor (and from escaping the caps on anonymous reads).
 */
export const isPublicReader: Access = ({ req }) => readsPublicContent(req)
