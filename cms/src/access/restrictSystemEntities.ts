import type { Access, Endpoint, SanitizedConfig } from 'payload'
import { hasRole, STAFF_ROLES } from './hasRole'

const OPERATIONS = ['create', 'read', 'readVersions', 'update', 'delete', 'unlock'] as const

/** `access` when the request is staff's; refused for anonymous visitors and service accounts. */
function staffOnly(access: Access | undefined): Access {
  return (args) => {
    if (!hasRole(args.req, ...STAFF_ROLES)) return false
    return access ? access(args) : true
  }
}

/** `handler` when the request is staff's; 403 for anonymous visitors and service accounts. */
function staffOnlyEndpoint(endpoint: Endpoint): Endpoint {
  return {
    ...endpoint,
    handler: (req) => (hasRole(req, ...STAFF_ROLES) ? endpoint.handler(req) : Response.json({ errors: [{ message: 'Không có quyền. (Forbidden)' }] }, { status: 403 })),
  }
}

/**
 * Limits Payload's own collections and globals (`payload-locked-documents`, `payload-preferences`, `payload-jobs`,
 * `payload-jobs-stats`, …) and their endpoints to staff, within Payload's own rules for them.
 *
 * @remarks Payload adds these while it builds the config, with access for any signed-in account: the site's API key
 * could otherwise lock documents against editors, rewrite the job statistics or store preferences without limit
 * (`POST /api/payload-preferences/:key` writes to the database directly) over REST. They are added after the plugins
 * run, so the built config is changed instead.
 */
export function restrictSystemEntities(config: SanitizedConfig): SanitizedConfig {
  for (const entity of [...config.collections, ...config.globals]) {
    if (!entity.slug.startsWith('payload-')) continue
    const access = entity.access as Record<(typeof OPERATIONS)[number], Access | undefined>
    for (const operation of OPERATIONS) access[operation] = staffOnly(access[operation])
    if (Array.isArray(entity.endpoints)) entity.endpoints = entity.endpoints.map(staffOnlyEndpoint)
  }
  return config
}
