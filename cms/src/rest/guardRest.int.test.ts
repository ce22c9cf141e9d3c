import { beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from '../testing/testCms'

let cms: TestCms
let admin: Record<string, string>
let docId: number

const message = async (res: Response) => ((await res.json()) as { errors?: { message: string }[] }).errors?.[0]?.message ?? ''

beforeAll(async () => {
  cms = await startTestCms()
  await cms.payload.create({ collection: 'users', data: { email: 'caps-admin@test.local', password: 'admin-password', roles: ['admin'] } })
  const login = await cms.rest('POST', '/users/login', { body: { email: 'caps-admin@test.local', password: 'admin-password' } })
  admin = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  const base = { documentType: 'quyet-dinh', validity: 'con-hieu-luc', issuer: 'Ủy ban nhân dân tỉnh', issuedDate: '2026-01-15T00:00:00.000Z', _status: 'published' } as const
  const first = await cms.payload.create({ collection: 'legal-documents', data: { ...base, number: '11/2026/QĐ-CAPS', title: 'Văn bản gốc' } })
  const second = await cms.payload.create({ collection: 'legal-documents', data: { ...base, number: '12/2026/QĐ-CAPS', title: 'Văn bản sửa đổi', amends: [first.id] } })
  docId = second.id
})

describe('issue 18 hole 2: anonymous REST reads are bounded', () => {
  it('GET /api/legal-documents?depth=10&limit=1000 (44 MB in 5.7 s on the demo seed) is refused with a 400 naming the cap', async () => {
    const res = await cms.rest('GET', '/legal-documents?depth=10&limit=1000')
    expect(res.status).toBe(400)
    expect(await message(res)).toMatch(/depth tối đa là 2/)
  })

  it.each([
    ['/legal-documents?limit=1000', 'limit'],
    ['/legal-documents?limit=100', 'depth'],
    ['/legal-documents?depth=1&limit=100', 'depth'],
    ['/legal-documents?depth=2&limit=100', 'depth'],
    ['/legal-documents?limit=0', 'limit'],
    ['/legal-documents?pagination=false', 'pagination'],
    ['/legal-documents?depth[]=10', 'depth'],
    ['/legal-documents?depth=1&depth=10', 'depth'],
    ['/legal-documents?joins[amendedBy][limit]=0', 'joins'],
    ['/legal-documents?joins[amendedBy][limit]=1000', 'joins'],
    ['/legal-documents?page=100000', 'page'],
    ['/legal-documents?where[title][like]=<5,000 characters>', 'truy vấn'],
    ['/legal-documents/:id?depth=10', 'depth'],
    ['/legal-documents/versions?depth=10', 'depth'],
    ['/globals/site-settings?depth=10', 'depth'],
  ])('anonymous %s → 400 naming %s', async (path, cap) => {
    const res = await cms.rest('GET', path.replace(':id', String(docId)).replace('<5,000 characters>', 'a'.repeat(5000)))
    expect(res.status).toBe(400)
    expect(await message(res)).toContain(cap)
  })

  it('page-sized reads within the caps answer as before: a long list at depth 0, a short one and a document at depth 2, the site settings in every language', async () => {
    const list = await cms.rest('GET', '/legal-documents?depth=0&limit=100&joins[amendedBy][limit]=10')
    expect(list.status).toBe(200)
    expect(((await list.json()) as { docs: unknown[] }).docs.length).toBeGreaterThanOrEqual(2)
    expect((await cms.rest('GET', '/legal-documents?depth=2&limit=20')).status).toBe(200)
    expect((await cms.rest('GET', `/legal-documents/${docId}?depth=2`)).status).toBe(200)
    expect((await cms.rest('GET', '/globals/site-settings?depth=0&locale=all')).status).toBe(200)
  })

  it('staff read without the caps', async () => {
    const res = await cms.rest('GET', '/legal-documents?depth=10&limit=1000&pagination=false', { headers: admin })
    expect(res.status).toBe(200)
  })

  it('a read that needs a body (POST with X-HTTP-Method-Override: GET) needs signing in', async () => {
    const res = await cms.rest('POST', '/legal-documents', { headers: { 'x-http-method-override': 'GET' }, body: { depth: 10 } })
    expect(res.status).toBe(401)
  })

  it('a flood of anonymous reads gets quick 503s with Retry-After, never a 500, while a staff read goes through', async () => {
    const flood = Array.from({ length: 60 }, () => cms.rest('GET', '/legal-documents?depth=0&limit=100'))
    const staff = cms.rest('GET', '/legal-documents?depth=2&limit=100', { headers: admin })
    const answers = await Promise.all(flood)
    const statuses = answers.map((res) => res.status)
    expect(new Set(statuses)).toEqual(new Set([200, 503]))
    expect(answers.find((res) => res.status === 503)?.headers.get('retry-after')).toMatch(/^\d+$/)
    expect((await staff).status).toBe(200)
    // The gate lets reads through again once the flood is answered.
    expect((await cms.rest('GET', '/legal-documents?limit=1')).status).toBe(200)
  })
})

describe('issue 18 hole 6: 4xx where Payload answered 500', () => {
  it.each(['/feedback/versions', '/users/versions', '/media/versions', '/fields/versions', '/agencies/versions', '/news-categories/versions', '/feedback-attachments/versions', '/globals/site-settings/versions'])(
    'GET %s as the admin (a collection or global without versions) → 404',
    async (path) => {
      const res = await cms.rest('GET', path, { headers: admin })
      expect(res.status).toBe(404)
    },
  )

  it.each([
    ['/news/abc', 404],
    ['/news/versions/abc', 404],
    ['/news?where[id][in]=abc', 400],
    ['/news?page=-1', 400],
    ['/news?where={bad', 400],
    ['/media/file/khong-co.png', 404],
  ])('GET %s → %i for the admin and for anyone', async (path, status) => {
    expect((await cms.rest('GET', path, { headers: admin })).status).toBe(status)
    expect((await cms.rest('GET', path)).status).toBeLessThan(500)
  })

  it('PATCH and DELETE of a non-numeric id → 404, not 500', async () => {
    expect((await cms.rest('PATCH', '/news/abc', { headers: admin, body: { title: 'x' } })).status).toBe(404)
    expect((await cms.rest('DELETE', '/news/abc', { headers: admin })).status).toBe(404)
  })
})
