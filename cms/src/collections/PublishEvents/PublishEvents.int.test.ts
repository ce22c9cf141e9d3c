import { PUBLISH_LOG_COLLECTION } from '@congkhai/contracts/publish'
import { createLocalReq, initTransaction, killTransaction } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { cmsConfig } from '../../config'
import { ensureServiceAccounts } from '../../seed/serviceAccounts'
import { startTestCms, type TestCms } from '../../testing/testCms'

let cms: TestCms
let fieldId: number
let editor: Record<string, unknown> & { id: number }
let seq = 0

const BUILD = () => ({ authorization: `users API-Key ${cmsConfig.BUILD_API_KEY}` })
const SITE = () => ({ authorization: `users API-Key ${cmsConfig.SITE_API_KEY}` })

/** What a site replica reads: the log after `after`, with the build account's key. */
async function logAfter(after: number): Promise<{ id: number; event: Record<string, unknown> }[]> {
  const res = await cms.rest('GET', `/${PUBLISH_LOG_COLLECTION}?where[id][greater_than]=${after}&sort=id&limit=500&depth=0`, { headers: BUILD() })
  expect(res.status).toBe(200)
  return ((await res.json()) as { docs: { id: number; event: Record<string, unknown> }[] }).docs
}

const head = async () => (await cms.payload.find({ collection: PUBLISH_LOG_COLLECTION, sort: '-id', limit: 1 })).docs[0]?.id ?? 0

const procedure = (status: 'draft' | 'published') =>
  ({ code: `7.${String(++seq).padStart(6, '0')}`, name: `Thủ tục của nhật ký xuất bản ${seq}`, field: fieldId, levels: ['tinh'], _status: status }) as never

beforeAll(async () => {
  cms = await startTestCms()
  await ensureServiceAccounts(cms.payload)
  fieldId = (await cms.payload.create({ collection: 'fields', data: { name: 'Lĩnh vực của nhật ký xuất bản' } })).id
  const user = await cms.payload.create({ collection: 'users', data: { email: 'log-editor@test.local', password: 'editor-password', roles: ['editor'] } })
  editor = { ...user, collection: 'users' }
})

describe('the publish log every site replica follows', () => {
  it('a published save, an unpublish and a delete each leave one entry, in order; a draft leaves none', async () => {
    const before = await head()
    const doc = await cms.payload.create({ collection: 'procedures', data: procedure('published'), user: editor, overrideAccess: false })
    await cms.payload.create({ collection: 'procedures', data: procedure('draft'), draft: true, user: editor, overrideAccess: false })
    await cms.payload.update({ collection: 'procedures', id: doc.id, data: { _status: 'draft' }, user: editor, overrideAccess: false })
    await cms.payload.delete({ collection: 'procedures', id: doc.id, user: editor, overrideAccess: false })
    const entries = await logAfter(before)
    expect(entries.map((entry) => entry.event)).toEqual([
      { collection: 'procedures', id: doc.id, operation: 'create' },
      { collection: 'procedures', id: doc.id, operation: 'update' },
      { collection: 'procedures', id: doc.id, operation: 'delete' },
    ])
    expect(entries.map((entry) => entry.id)).toEqual([...entries.map((entry) => entry.id)].sort((a, b) => a - b))
  })

  it('a change whose transaction is rolled back leaves no entry: replicas never publish what was not saved', async () => {
    const before = await head()
    const req = await createLocalReq({ user: editor as never }, cms.payload)
    await initTransaction(req)
    await cms.payload.create({ collection: 'procedures', data: procedure('published'), req })
    await killTransaction(req)
    expect(await logAfter(before)).toEqual([])
    // The sequence number the rolled-back entry took is a hole a replica skips once it has waited for it.
    const kept = await cms.payload.create({ collection: 'procedures', data: procedure('published'), user: editor, overrideAccess: false })
    const [entry] = await logAfter(before)
    expect(entry?.event).toEqual({ collection: 'procedures', id: kept.id, operation: 'create' })
    expect(entry!.id).toBeGreaterThan(before + 1)
  })

  it('a change to the site settings logs a full rebuild of the pages, the search index left as it is', async () => {
    const before = await head()
    const settings = await cms.payload.findGlobal({ slug: 'site-settings' })
    await cms.payload.updateGlobal({ slug: 'site-settings', data: { agencyName: settings.agencyName } as never })
    expect((await logAfter(before)).map((entry) => entry.event)).toEqual([{ full: true, reindex: false }])
  })

  it('only the build account and administrators read the log; nobody writes it over the API', async () => {
    expect((await cms.rest('GET', `/${PUBLISH_LOG_COLLECTION}`)).status).toBe(403)
    expect((await cms.rest('GET', `/${PUBLISH_LOG_COLLECTION}`, { headers: SITE() })).status).toBe(403)
    const forged = { event: { full: true } }
    for (const headers of [BUILD(), SITE(), {}]) {
      const res = await cms.rest('POST', `/${PUBLISH_LOG_COLLECTION}`, { headers, body: forged })
      expect(res.status).toBe(403)
    }
    const [last] = (await cms.payload.find({ collection: PUBLISH_LOG_COLLECTION, sort: '-id', limit: 1 })).docs
    expect((await cms.rest('DELETE', `/${PUBLISH_LOG_COLLECTION}/${last!.id}`, { headers: BUILD() })).status).toBe(403)
  })
})
