import type { Access, SanitizedConfig } from 'payload'
import { hasRole, STAFF_ROLES } from './hasRole'

const OPERATIONS = ['create', 'read', 'readVersions', 'update', 'delete', 'unlock'] as const

/** `access` when the request is staff's; refused for anonymous visitors and service accounts. */
function staffOnly(access: Access | undefined): Access {
  return (args) => {
    if (!hasRole(args.req, ...STAFF_ROLES)) return false
    return access ? access(args) : true
  }
}

/**
 * Limits Payload's own collections and globals (`payload-locked-documents`, `payload-preferences`, `payload-jobs`,
 * `payload-jobs-stats`, …) to staff, within Payload's own rules for them.
 *
 * @remarks Payload adds these while it builds the config, with access for any signed-in account: the site's API key
 * could otherwise lock documents against editors, or rewrite the job statistics, over REST. They are added after the
 * plugins run, so the built config is changed instead.
 */
export function restrictSystemEntities(config: SanitizedConfig): SanitizedConfig {
  for (const entity of [...config.collections, ...config.globals]) {
    if (!entity.slug.startsWith('payload-')) continue
    const access = entity.access as Record<(typeof OPERATIONS)[number], Access | undefined>
    for (const operation of OPERATIONS) access[operation] = staffOnly(access[operation])
  }
  return config
}
