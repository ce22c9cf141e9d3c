import type { PayloadRequest } from 'payload'

/** Roles a CMS account can hold. */
export const ROLES = ['admin', 'editor', 'feedback-officer', 'site', 'build'] as const
export type Role = (typeof ROLES)[number]

/**
 * The roles of people who work in the admin; `site` and `build` belong to service accounts (programs with an API key).
 *
 * @remarks `site` delivers citizens' submissions and looks them up, nothing else; `build` reads published content for
 * the site's build, as an anonymous visitor would. Neither may use the admin, its own account or Payload's own
 * collections.
 */
export const STAFF_ROLES = ['admin', 'editor', 'feedback-officer'] as const satisfies readonly Role[]

/** True when the request's user holds one of `roles`. */
export function hasRole(req: PayloadRequest, ...roles: Role[]): boolean {
  const user = req.user as { roles?: Role[] } | null | undefined
  return Boolean(user?.roles?.some((role) => roles.includes(role)))
}
