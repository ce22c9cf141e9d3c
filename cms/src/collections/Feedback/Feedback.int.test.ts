import { beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from '../../testing/testCms'

let cms: TestCms
let editor: Record<string, unknown> & { id: number }

beforeAll(async () => {
  cms = await startTestCms()
  const user = await cms.payload.create({ collection: 'users', data: { email: 'feedback-editor@test.local', password: 'editor-password', roles: ['editor'] } })
  editor = { ...user, collection: 'users' }
})

describe('feedback: personal data never reaches the public API', () => {
  it('the site service account can submit; anonymous cannot read, editors can', async () => {
    await cms.payload.create({ collection: 'users', data: { email: 'site@test.local', password: 'site-password-123', roles: ['site'], enableAPIKey: true, apiKey: 'test-site-api-key-000000' } })
    const created = await cms.rest('POST', '/feedback', {
      headers: { authorization: 'users API-Key test-site-api-key-000000' },
      body: { name: 'Nguyễn Văn An', email: 'an@example.vn', title: 'Hỏi về hộ chiếu công vụ', content: 'Xin hỏi thời hạn giải quyết hồ sơ hộ chiếu công vụ là bao lâu?' },
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }

    expect((await cms.rest('GET', '/feedback')).status).toBe(403)
    expect((await cms.rest('GET', `/feedback/${doc.id}`)).status).toBe(403)
    expect((await cms.rest('POST', '/feedback', { body: { name: 'x', title: 'xxxxx', content: 'x'.repeat(30) } })).status).toBe(403)
    const asSite = await cms.rest('GET', `/feedback/${doc.id}`, { headers: { authorization: 'users API-Key test-site-api-key-000000' } })
    expect(asSite.status).toBe(403)

    const read = await cms.payload.find({ collection: 'feedback', user: editor, overrideAccess: false })
    expect(read.docs.map((d) => d.email)).toContain('an@example.vn')
  })
})
