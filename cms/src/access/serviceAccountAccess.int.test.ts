import fs from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { cmsConfig } from '../config'
import { ensureServiceAccounts } from '../seed/serviceAccounts'
import { startTestCms, type TestCms } from '../testing/testCms'

let cms: TestCms
let siteId: number
let buildId: number
let adminId: number
let published: number
let draft: number
let feedbackId: number

const SITE = () => ({ authorization: `users API-Key ${cmsConfig.SITE_API_KEY}` })
const BUILD = () => ({ authorization: `users API-Key ${cmsConfig.BUILD_API_KEY}` })

const mailLog = () => (fs.existsSync(cmsConfig.mailLogPath) ? fs.readFileSync(cmsConfig.mailLogPath, 'utf8') : '')

beforeAll(async () => {
  cms = await startTestCms()
  await ensureServiceAccounts(cms.payload)
  const id = async (email: string) => (await cms.payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })).docs[0]!.id
  siteId = await id('site@congkhai.local')
  buildId = await id('build@congkhai.local')
  adminId = await id(cmsConfig.ADMIN_EMAIL)
  const field = await cms.payload.create({ collection: 'fields', data: { name: 'Lĩnh vực của tài khoản dịch vụ' } })
  const procedure = (code: string, _status: 'draft' | 'published') =>
    cms.payload.create({ collection: 'procedures', data: { code, name: `Thủ tục ${_status} của tài khoản dịch vụ`, field: field.id, levels: ['tinh'], _status } as never, draft: _status === 'draft' })
  published = (await procedure('8.000101', 'published')).id
  draft = (await procedure('8.000102', 'draft')).id
  feedbackId = (await cms.payload.create({ collection: 'feedback', data: { code: 'GY-2026-770001', kind: 'gop-y', name: 'Trần Thị Bình', email: 'binh@example.vn', title: 'Góp ý của tài khoản dịch vụ', content: 'Nội dung góp ý riêng tư.', status: 'moi' } })).id
})

describe("the site's API key (issue 18, hole 1)", () => {
  it('cannot create an answered feedback item published as a question (the request of the report)', async () => {
    const mailBefore = mailLog()
    const res = await cms.rest('POST', '/feedback', {
      headers: SITE(),
      body: { code: 'GY-2026-777777', kind: 'hoi-dap', name: 'x', email: 'a@b.vn', title: 't', content: '…', status: 'da-tra-loi', answer: 'Injected official answer', publishAsQuestion: true },
    })
    expect(res.status).toBe(403)
    expect((await cms.payload.count({ collection: 'feedback', where: { code: { equals: 'GY-2026-777777' } } })).totalDocs).toBe(0)
    expect((await cms.payload.count({ collection: 'questions', where: { answer: { like: 'Injected' } } })).totalDocs).toBe(0)
    // The answer mail goes out from an afterChange hook; give a hook that was not refused time to write.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(mailLog().slice(mailBefore.length)).not.toContain('Injected official answer')
  })

  /** `:feedback`, `:procedure`, `:site` in a path: the documents made for these tests. */
  const fill = (path: string) => path.replace(':feedback', String(feedbackId)).replace(':procedure', String(published)).replace(':site', String(siteId))

  const refused: [method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown][] = [
    ['GET', '/feedback'],
    ['GET', '/feedback/:feedback'],
    ['PATCH', '/feedback/:feedback', { status: 'da-tra-loi', answer: 'Injected official answer', publishAsQuestion: true }],
    ['DELETE', '/feedback/:feedback'],
    ['GET', '/feedback-attachments'],
    ['GET', '/questions'],
    ['POST', '/questions', { title: 'Injected', question: 'Injected?', answer: 'Injected official answer', answeredDate: '2026-12-01', _status: 'published' }],
    ['GET', '/procedures'],
    ['GET', '/procedures/:procedure'],
    ['GET', '/procedures/versions'],
    ['PATCH', '/procedures/:procedure', { name: 'Injected' }],
    ['POST', '/fields', { name: 'Injected' }],
    ['GET', '/media'],
    ['POST', '/media', { alt: 'Injected' }],
    ['POST', '/media/1/extract'],
    ['GET', '/globals/site-settings'],
    ['POST', '/globals/site-settings', { hotline: 'Injected' }],
    ['GET', '/users'],
    ['GET', '/users/:site'],
    ['PATCH', '/users/:site', { roles: ['admin'], email: 'injected@example.vn' }],
    ['GET', '/users/me'],
    ['POST', '/users/refresh-token'],
    ['POST', '/users/unlock', { email: cmsConfig.ADMIN_EMAIL }],
    ['GET', '/payload-jobs/run'],
    ['GET', '/payload-locked-documents'],
    ['POST', '/payload-locked-documents', () => ({ document: { relationTo: 'procedures', value: published }, user: { relationTo: 'users', value: adminId } })],
    ['GET', '/globals/payload-jobs-stats'],
    ['POST', '/globals/payload-jobs-stats', { stats: { injected: true } }],
    ['POST', '/payload-preferences/injected', { value: { injected: 'x'.repeat(1000) } }],
    ['GET', '/payload-preferences/injected'],
  ]

  it.each(refused)('is refused %s %s, and nothing changes', async (method, path, body) => {
    const res = await cms.rest(method, fill(path), { headers: SITE(), body: typeof body === 'function' ? body() : body })
    const answer = await res.text()
    expect([401, 403, 404], `${res.status} ${answer.slice(0, 200)}`).toContain(res.status)
    expect(answer).not.toContain('Trần Thị Bình')
    const feedback = await cms.payload.findByID({ collection: 'feedback', id: feedbackId })
    expect(feedback).toMatchObject({ status: 'moi', answer: null })
    const site = await cms.payload.findByID({ collection: 'users', id: siteId })
    expect(site).toMatchObject({ roles: ['site'], email: 'site@congkhai.local' })
    expect((await cms.payload.count({ collection: 'questions', where: { answer: { like: 'Injected' } } })).totalDocs).toBe(0)
    expect((await cms.payload.count({ collection: 'payload-locked-documents' })).totalDocs).toBe(0)
    expect((await cms.payload.count({ collection: 'payload-preferences', where: { key: { equals: 'injected' } } })).totalDocs).toBe(0)
    expect((await cms.payload.findGlobal({ slug: 'site-settings' })).hotline).not.toBe('Injected')
  })

  it('still hands over submissions and looks them up (the two endpoints it is for)', async () => {
    // An empty delivery gets past access to validation; a code that does not exist gets past it to the look-up.
    expect((await cms.rest('POST', '/feedback/intake', { headers: SITE(), body: {} })).status).toBe(400)
    expect((await cms.rest('GET', '/feedback/track/GY-2026-000000', { headers: SITE() })).status).toBe(404)
  })
})

describe("the build's API key", () => {
  it('reads published content as an anonymous visitor does, never drafts', async () => {
    const list = await cms.rest('GET', '/procedures?pagination=false&depth=0&draft=true', { headers: BUILD() })
    expect(list.status).toBe(200)
    const ids = ((await list.json()) as { docs: { id: number }[] }).docs.map((doc) => doc.id)
    expect(ids).toContain(published)
    expect(ids).not.toContain(draft)
    expect((await cms.rest('GET', `/procedures/${draft}?draft=true`, { headers: BUILD() })).status).toBe(404)
    expect((await cms.rest('GET', '/globals/site-settings', { headers: BUILD() })).status).toBe(200)
  })

  it.each([
    ['GET', '/feedback'],
    ['GET', '/feedback-attachments'],
    ['GET', '/users'],
    ['GET', '/users/me'],
    ['GET', '/procedures/versions'],
    ['POST', '/feedback/intake'],
    ['GET', '/feedback/track/GY-2026-000000'],
    ['GET', '/payload-jobs/run'],
    ['POST', '/media/1/extract'],
  ] as const)('is refused %s %s', async (method, path) => {
    const res = await cms.rest(method, path, { headers: BUILD(), body: method === 'POST' ? {} : undefined })
    expect([401, 403]).toContain(res.status)
  })

  it('changes nothing, its own account included', async () => {
    expect((await cms.rest('PATCH', `/users/${buildId}`, { headers: BUILD(), body: { roles: ['admin'] } })).status).toBe(403)
    expect((await cms.rest('PATCH', `/procedures/${published}`, { headers: BUILD(), body: { name: 'Injected' } })).status).toBe(403)
    expect((await cms.payload.findByID({ collection: 'users', id: buildId })).roles).toEqual(['build'])
    expect((await cms.payload.findByID({ collection: 'procedures', id: published })).name).not.toBe('Injected')
  })
})
