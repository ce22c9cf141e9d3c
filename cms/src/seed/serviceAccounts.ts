import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { Role } from '../access/hasRole'
import { cmsConfig } from '../config'

/** A CMS account that a program, not a person, signs in with: by its API key only. */
interface ServiceAccount {
  email: string
  name: string
  roles: Role[]
  apiKey: string
}

/**
 * The service accounts of this installation, with the keys its configuration gives them.
 *
 * @remarks Two accounts, so each key can do only its own job: `site` hands over citizens' submissions and looks them
 * up (its key lives on the public-facing server); `build` reads published content for the site's builds and publishes.
 */
export function serviceAccounts(): ServiceAccount[] {
  return [
    { email: 'site@congkhai.local', name: 'Trang công khai (nhận góp ý)', roles: ['site'], apiKey: cmsConfig.SITE_API_KEY },
    { email: 'build@congkhai.local', name: 'Trang công khai (dựng trang)', roles: ['build'], apiKey: cmsConfig.BUILD_API_KEY },
  ]
}

/**
 * Creates the service accounts and the first administrator when missing, and gives the service accounts the API keys
 * of the current configuration.
 *
 * @remarks Runs on every start (`npm start`, the CMS image), so a key changed in the environment, or generated for a
 * new installation, reaches the CMS without a reseed. Keys are stored encrypted with `PAYLOAD_SECRET`, so they are
 * written again rather than compared. The administrator's password is only set when the account is created.
 */
export async function ensureServiceAccounts(payload: Payload): Promise<void> {
  for (const account of serviceAccounts()) {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: account.email } }, limit: 1, depth: 0, overrideAccess: true })
    const data = { name: account.name, roles: account.roles, enableAPIKey: true, apiKey: account.apiKey }
    if (docs[0]) await payload.update({ collection: 'users', id: docs[0].id, data, overrideAccess: true })
    else await payload.create({ collection: 'users', data: { ...data, email: account.email, password: randomBytes(24).toString('base64url') }, overrideAccess: true })
  }
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: cmsConfig.ADMIN_EMAIL } }, overrideAccess: true })
  if (totalDocs === 0) {
    await payload.create({ collection: 'users', data: { email: cmsConfig.ADMIN_EMAIL, name: 'Quản trị viên', roles: ['admin'], password: cmsConfig.ADMIN_PASSWORD }, overrideAccess: true })
  }
}
