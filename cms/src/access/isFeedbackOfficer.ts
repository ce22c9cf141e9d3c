import type { Access } from 'payload'
import { hasRole } from './hasRole'

/** Feedback officers and administrators. */
export const isFeedbackOfficer: Access = ({ req }) => hasRole(req, 'admin', 'feedback-officer')
