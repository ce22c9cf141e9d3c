import type { Access } from 'payload'
import { hasRole } from './hasRole'

/** Editors and administrators. */
export const isEditor: Access = ({ req }) => hasRole(req, 'admin', 'editor')
