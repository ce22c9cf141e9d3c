import { COLUMNS } from '@congkhai/contracts/stats'
import { REST_POST } from '@payloadcms/next/routes'
import config from '@payload-config'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { SKIP_NOTIFY } from '../../hooks/notifySite'
import { startTestCms, type TestCms } from '../../testing/testCms'
import { importStats, type StatsImportResult } from './importStats'

let cms: TestCms
const header = COLUMNS.join(',')
// Rows 2–7 as a spreadsheet numbers them: three valid, three that must be reported.
const file = [
  header,
  '2026-Q1,9.800001,Thủ tục A,0,2,1,0,1,1,0,1,0,0,',
  '2026-Q2,9.800001,Thủ tục A,1,3,0,0,0,4,0,0,0,0,Đủ hồ sơ',
  '2026-Q1,9.800002,"Thủ tục B, có dấu phẩy",0,0,2,0,0,1,1,0,0,0,Một hồ sơ trễ',
  '2026-Q1,9.899999,Không có,0,1,0,0,0,1,0,0,0,0,',
  '2026-Q5,9.800002,Thủ tục B,0,1,0,0,0,1,0,0,0,0,',
  '2026-Q3,9.800002,Thủ tục B,0,5,0,0,0,3,0,0,0,0,',
  '',
].join('\r\n')

const events = async () => (await (await fetch(`${inject('webhookUrl')}/events`)).json()) as Record<string, unknown>[]
const stored = () => cms.payload.find({ collection: 'processing-reports', where: { title: { like: '· 9.8000' } }, depth: 0, pagination: false, sort: 'id' })

beforeAll(async () => {
  cms = await startTestCms()
  const context = { [SKIP_NOTIFY]: true }
  const field = await cms.payload.create({ collection: 'fields', data: { name: 'Lĩnh vực nhập thống kê' }, context })
  for (const code of ['9.800001', '9.800002']) {
    await cms.payload.create({ collection: 'procedures', data: { code, name: `Thủ tục ${code}`, field: field.id, levels: ['tinh'], _status: 'published' }, context })
  }
})

describe('importStats', () => {
  let first: StatsImportResult
  let firstEvents: Record<string, unknown>[]

  beforeAll(async () => {
    const before = (await events()).length
    first = await importStats(cms.payload, file)
    firstEvents = (await events()).slice(before)
  })

  it('writes the valid rows and reports the others with their row number and Vietnamese reasons', async () => {
    expect(first).toMatchObject({ total: 6, fileError: null, counts: { created: 3, updated: 0, unchanged: 0, skipped: 3 } })
    expect(first.problems).toEqual([
      { row: 5, period: '2026-Q1', code: '9.899999', reasons: ['Không có thủ tục mã «9.899999» trong hệ thống.'] },
      { row: 6, period: null, code: '9.800002', reasons: ['Kỳ báo cáo «2026-Q5» không hợp lệ: ghi 2026-Q1 (quý) hoặc 2026-03 (tháng).'] },
      { row: 7, period: '2026-Q3', code: '9.800002', reasons: [expect.stringMatching(/^Số liệu không cân đối \(thiếu 2 hồ sơ/)] },
    ])
    const { docs } = await stored()
    expect(docs.map((d) => [d.period, d.title, d.receivedOnline, d.resolvedOnTime, d.note ?? null])).toEqual([
      ['2026-Q1', '2026-Q1 · 9.800001', 2, 1, null],
      ['2026-Q2', '2026-Q2 · 9.800001', 3, 4, 'Đủ hồ sơ'],
      ['2026-Q1', '2026-Q1 · 9.800002', 0, 1, 'Một hồ sơ trễ'],
    ])
  })

  it('tells the site once, as a change of the collection (a rebuild, no reindex)', () => {
    expect(firstEvents).toEqual([expect.objectContaining({ collection: 'processing-reports', operation: 'update' })])
  })

  it('importing the same file again changes nothing and does not disturb the site', async () => {
    const before = await stored()
    const eventsBefore = (await events()).length
    const second = await importStats(cms.payload, file)
    expect(second.counts).toEqual({ created: 0, updated: 0, unchanged: 3, skipped: 3 })
    expect(second.publishEventAttempted).toBe(false)
    expect((await stored()).docs.map((d) => d.updatedAt)).toEqual(before.docs.map((d) => d.updatedAt))
    expect((await events()).length).toBe(eventsBefore)
  })

  it('a corrected row updates its report in place; a duplicate row in the file is refused', async () => {
    const corrected = file.replace('2026-Q1,9.800001,Thủ tục A,0,2,1,0,1,1,0,1,0,0,', '2026-Q1,9.800001,Thủ tục A,0,2,1,0,2,1,0,0,0,0,')
    const withDuplicate = `${corrected.trimEnd()}\r\n2026-q2,9.800001,Thủ tục A,1,3,0,0,0,4,0,0,0,0,Đủ hồ sơ\r\n`
    const result = await importStats(cms.payload, withDuplicate)
    expect(result.counts).toMatchObject({ created: 0, updated: 1, unchanged: 2 })
    expect(result.problems.at(-1)).toEqual({ row: 8, period: '2026-Q2', code: '9.800001', reasons: ['Trùng kỳ 2026-Q2 và thủ tục 9.800001 với dòng 3.'] })
    expect((await stored()).docs).toHaveLength(3)
  })

  it('a file without the template’s columns is refused as a whole', async () => {
    const result = await importStats(cms.payload, 'ky,ma\n2026-Q1,9.800001\n')
    expect(result.fileError).toMatch(/^Tệp không đúng mẫu: thiếu cột ky_bao_cao, ma_thu_tuc, ton_ky_truoc, /)
    expect(result.counts.created + result.counts.updated).toBe(0)
  })
})

describe('POST /api/processing-reports/import (the admin’s upload)', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    REST_POST(config)(new Request('http://localhost:3000/api/processing-reports/import', { method: 'POST', headers: { 'content-type': 'text/csv', ...headers }, body }), {
      params: Promise.resolve({ slug: ['processing-reports', 'import'] }),
    })

  it('answers an editor with the import report, and refuses anonymous callers', async () => {
    await cms.payload.create({ collection: 'users', data: { email: 'stats-import@test.local', password: 'editor-password', roles: ['editor'] } })
    const login = await cms.rest('POST', '/users/login', { body: { email: 'stats-import@test.local', password: 'editor-password' } })
    const auth = { authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const res = await post(file, auth)
    expect(res.status).toBe(200)
    const report = (await res.json()) as StatsImportResult
    expect(report.counts).toMatchObject({ skipped: 3 })
    expect(report.problems.map((p) => p.row)).toEqual([5, 6, 7])
    expect((await post(file)).status).toBe(403)
    expect((await post('  ', auth)).status).toBe(400)
  })
})
