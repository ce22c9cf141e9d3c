import type { Access } from 'payload'
import { hasRole } from './hasRole'

/** The public site's service account (API key), editors and administrators. */
export const isSiteOrEditor: Access = ({ req }) => hasRole(req, 'admin', 'editor', 'site')
