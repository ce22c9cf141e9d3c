import { beforeAll, describe, expect, it } from 'vitest'
import { cmsConfig } from '../config'
import { startTestCms, type TestCms } from '../testing/testCms'
import { ensureServiceAccounts } from './serviceAccounts'

let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms()
})

const asSite = () => ({ authorization: `users API-Key ${cmsConfig.SITE_API_KEY}` })

describe('ensureServiceAccounts', () => {
  it("gives the site's account this installation's key, replacing a key it was seeded with before", async () => {
    // The account as an older seed left it: the key that used to be a constant of the repository.
    const old = { roles: ['site' as const], enableAPIKey: true, apiKey: 'congkhai-dev-site-api-key-0001' }
    const found = await cms.payload.find({ collection: 'users', where: { email: { equals: 'site@congkhai.local' } }, limit: 1 })
    if (found.docs[0]) await cms.payload.update({ collection: 'users', id: found.docs[0].id, data: old })
    else await cms.payload.create({ collection: 'users', data: { ...old, email: 'site@congkhai.local', password: 'an-old-password-1' } })
    const before = await cms.rest('GET', '/feedback/track/GY-2026-000001', { headers: { authorization: 'users API-Key congkhai-dev-site-api-key-0001' } })
    expect(before.status).toBe(404) // the old key still worked: a look-up, not a refusal

    await ensureServiceAccounts(cms.payload)

    expect((await cms.rest('GET', '/feedback/track/GY-2026-000001', { headers: asSite() })).status).toBe(404)
    expect((await cms.rest('GET', '/feedback/track/GY-2026-000001', { headers: { authorization: 'users API-Key congkhai-dev-site-api-key-0001' } })).status).toBe(403)
  })

  it('creates the first administrator with the configured password, and leaves an existing one alone', async () => {
    await ensureServiceAccounts(cms.payload)
    const login = await cms.rest('POST', '/users/login', { body: { email: cmsConfig.ADMIN_EMAIL, password: cmsConfig.ADMIN_PASSWORD } })
    expect(login.status).toBe(200)
    const { docs } = await cms.payload.find({ collection: 'users', where: { email: { equals: cmsConfig.ADMIN_EMAIL } } })
    await cms.payload.update({ collection: 'users', id: docs[0]!.id, data: { password: 'changed-by-the-admin-1' } })
    await ensureServiceAccounts(cms.payload)
    expect((await cms.rest('POST', '/users/login', { body: { email: cmsConfig.ADMIN_EMAIL, password: 'changed-by-the-admin-1' } })).status).toBe(200)
  })
})
