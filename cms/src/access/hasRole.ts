import type { PayloadRequest } from 'payload'

/** Roles a CMS account can hold. */
export const ROLES = ['admin', 'editor', 'feedback-officer', 'site'] as const
export type Role = (typeof ROLES)[number]

/** True when the request's user holds one of `roles`. */
export function hasRole(req: PayloadRequest, ...roles: Role[]): boolean {
  const user = req.user as { roles?: Role[] } | null | undefined
  return Boolean(user?.roles?.some((role) => roles.includes(role)))
}
