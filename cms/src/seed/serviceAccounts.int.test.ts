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
    const stale = await cms.payload.find({ collection: 'users', where: { email: { equals: 'site@congkhai.local' } }, limit: 1 })
    if (!stale.docs[0]) {
      await cms.payload.create({ collection: 'users', data: { email: 'site@congkhai.local', password: 'an-old-password-1', roles: ['site'], enableAPIKey: true, apiKey: 'congkhai-dev-site-api-key-0001' } })
    }
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
