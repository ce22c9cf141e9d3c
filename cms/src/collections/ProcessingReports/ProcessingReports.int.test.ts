import { beforeAll, describe, expect, it } from 'vitest'
import { SKIP_NOTIFY } from '../../hooks/notifySite'
import { startTestCms, type TestCms } from '../../testing/testCms'

let cms: TestCms
let procedure: number
let auth: Record<string, string>

const report = (figures: Record<string, unknown> = {}) => ({
  procedure,
  period: '2026-Q1',
  receivedOnline: 2,
  receivedInPerson: 1,
  resolvedOnTime: 2,
  pendingNotDue: 1,
  ...figures,
})

beforeAll(async () => {
  cms = await startTestCms()
  const context = { [SKIP_NOTIFY]: true }
  const field = await cms.payload.create({ collection: 'fields', data: { name: 'Lĩnh vực thống kê' }, context })
  procedure = (await cms.payload.create({ collection: 'procedures', data: { code: '9.700001', name: 'Thủ tục có số liệu', field: field.id, levels: ['tinh'], _status: 'published' }, context })).id
  await cms.payload.create({ collection: 'users', data: { email: 'stats-editor@test.local', password: 'editor-password', roles: ['editor'] } })
  const login = await cms.rest('POST', '/users/login', { body: { email: 'stats-editor@test.local', password: 'editor-password' } })
  auth = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
})

const errorsOf = async (res: Response) => ((await res.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }).errors[0].data?.errors ?? []
const count = async () => (await cms.payload.count({ collection: 'processing-reports' })).totalDocs

describe('processing reports through the REST API', () => {
  it('an editor saves a balanced report; the period is stored in one form and the title names it', async () => {
    const res = await cms.rest('POST', '/processing-reports', { headers: auth, body: report({ period: ' 2026-q1 ' }) })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { period: string; title: string } }
    expect(doc).toMatchObject({ period: '2026-Q1', title: '2026-Q1 · 9.700001' })
  })

  it('rejects figures that do not balance, naming them in Vietnamese, and stores nothing', async () => {
    const before = await count()
    const res = await cms.rest('POST', '/processing-reports', { headers: auth, body: report({ period: '2026-Q2', resolvedOnTime: 1 }) })
    expect(res.status).toBe(400)
    const [error] = await errorsOf(res)
    expect(error.path).toBe('resolvedOnTime')
    expect(error.message).toContain('thiếu 1 hồ sơ')
    expect(error.message).toContain('đúng hạn 1')
    const negative = await errorsOf(await cms.rest('POST', '/processing-reports', { headers: auth, body: report({ period: '2026-Q2', receivedByPost: -1 }) }))
    expect(negative).toEqual([{ path: 'receivedByPost', message: '«Tiếp nhận qua bưu chính» phải là số nguyên không âm (số hồ sơ), đang là «-1».' }])
    expect(await count()).toBe(before)
  })

  it('an update that unbalances a stored report is rejected too', async () => {
    const { docs } = await cms.payload.find({ collection: 'processing-reports', where: { period: { equals: '2026-Q1' } } })
    const res = await cms.rest('PATCH', `/processing-reports/${docs[0].id}`, { headers: auth, body: { resolvedLate: 1 } })
    expect(res.status).toBe(400)
    expect((await errorsOf(res))[0].message).toContain('thừa 1 hồ sơ')
  })

  it('one report per procedure and period: the same period or an overlapping month is refused', async () => {
    const same = await cms.rest('POST', '/processing-reports', { headers: auth, body: report() })
    expect(same.status).toBe(400)
    expect((await errorsOf(same))[0]).toEqual({ path: 'period', message: 'Thủ tục này đã có báo cáo Quý I/2026; hãy sửa báo cáo đó thay vì tạo bản mới.' })
    const month = await cms.rest('POST', '/processing-reports', { headers: auth, body: report({ period: '2026-02' }) })
    expect((await errorsOf(month))[0].message).toBe('Kỳ Tháng 2/2026 trùng với báo cáo Quý I/2026 đã có của thủ tục này: một hồ sơ sẽ bị tính hai lần.')
    const bad = await cms.rest('POST', '/processing-reports', { headers: auth, body: report({ period: 'Q1/2026' }) })
    expect((await errorsOf(bad))[0].message).toBe('Kỳ báo cáo «Q1/2026» không hợp lệ: ghi 2026-Q1 (quý) hoặc 2026-03 (tháng).')
  })

  it('a procedure with reports cannot be deleted, and says why', async () => {
    const res = await cms.rest('DELETE', `/procedures/${procedure}`, { headers: auth })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('Không xóa được thủ tục này: còn 1 báo cáo thống kê giải quyết hồ sơ gắn với nó.')
    expect(await cms.payload.count({ collection: 'procedures', where: { id: { equals: procedure } } })).toMatchObject({ totalDocs: 1 })
  })

  it('anyone reads reports; only editors write them', async () => {
    const list = (await (await cms.rest('GET', `/processing-reports?where[procedure][equals]=${procedure}`)).json()) as { docs: { period: string }[] }
    expect(list.docs.map((d) => d.period)).toEqual(['2026-Q1'])
    expect((await cms.rest('POST', '/processing-reports', { body: report({ period: '2026-Q3' }) })).status).toBe(403)
  })
})
