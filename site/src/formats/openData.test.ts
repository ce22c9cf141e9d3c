import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { keepDerived } from '../published/derived'
import { standInCms } from '../testing/standInCms'
import { jsonDownload } from './openData'

const records = [
  { number: '15/2020/QĐ-UBND', title: 'Quyết định "mẫu"\nhai dòng', titleEn: null, amends: [], basedOn: ['1/2019/NĐ-CP', '2/2019/TT-BNG'], count: 3 },
  { number: '2/2021/NQ-HĐND', title: 'Nghị quyết', titleEn: 'Resolution', amends: ['15/2020/QĐ-UBND'], basedOn: [], count: 0 },
]

async function expectLikeStringify(name: string, list: object[]) {
  const text = await jsonDownload(name, list).text()
  const { generatedAt, source } = JSON.parse(text) as { generatedAt: string; source: string }
  expect(text).toBe(`${JSON.stringify({ source, dataset: name, generatedAt, count: list.length, records: list }, null, 1)}\n`)
}

describe('jsonDownload', () => {
  it('writes what JSON.stringify(body, null, 1) writes, record by record', async () => {
    await expectLikeStringify('van-ban', records)
    await expectLikeStringify('trong', [])
  })

  it('writes the same when the records keep their text between downloads (the site server)', async () => {
    keepDerived()
    await expectLikeStringify('van-ban', records)
    await expectLikeStringify('van-ban', records)
  })
})

// A stand-in CMS with two ISO processes (one translated) and three procedures, two of them under the first process.
const processes = [
  {
    id: 1,
    code: 'QT-NV-01',
    name: { vi: 'Quy trình cho phép tổ chức hội nghị quốc tế', en: 'Permits for international conferences' },
    owner: { vi: 'Phòng Hợp tác quốc tế' },
    purpose: { vi: 'Tiếp nhận, thẩm định và trình cho phép trong 10 ngày làm việc.' },
    steps: [
      { id: 'a', name: { vi: 'Tiếp nhận hồ sơ' }, responsible: { vi: 'Công chức tiếp nhận; Bộ phận Một cửa' }, timeBudget: 4, timeUnit: 'gio-lam-viec' },
      { id: 'b', name: { vi: 'Thẩm định, trình ký' }, responsible: { vi: 'Phòng Hợp tác quốc tế' }, timeBudget: 2 },
      { id: 'c', name: { vi: 'Lưu hồ sơ' } },
    ],
    updatedAt: '2026-10-01T02:00:00.000Z',
  },
  { id: 2, code: 'QT-HT-01', name: { vi: 'Quy trình kiểm soát tài liệu' }, steps: [], updatedAt: '2026-09-01T02:00:00.000Z' },
]
const procedures = [
  { id: 11, code: '1.003862', name: { vi: 'Thủ tục một' }, qualityProcess: { id: 1, code: 'QT-NV-01' } },
  { id: 10, code: '2.001712', name: { vi: 'Thủ tục hai' }, qualityProcess: 1 },
  { id: 12, code: '2.002135', name: { vi: 'Thủ tục ba' }, qualityProcess: null },
]

describe('qualityProcessRecords', () => {
  let cms: Awaited<ReturnType<typeof standInCms>>
  let openData: typeof import('./openData')

  beforeAll(async () => {
    const collections: Record<string, { id: number }[]> = { 'quality-processes': processes, procedures }
    cms = await standInCms((req, res) => {
      const url = new URL(req.url!, 'http://cms')
      const docs = collections[url.pathname.replace('/api/', '')] ?? []
      const ids = url.searchParams.get('where[id][in]')?.split(',').map(Number)
      const answer = ids ? docs.filter((d) => ids.includes(d.id)) : docs.map(({ id }) => ({ id }))
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ docs: answer }))
    })
    openData = await import('./openData')
  })

  afterAll(() => cms.close())

  it('gives each process its public fields, its English name when it has one, and the codes of its procedures', async () => {
    const [first, second] = await openData.qualityProcessRecords()
    expect(first).toEqual({
      code: 'QT-NV-01',
      name: 'Quy trình cho phép tổ chức hội nghị quốc tế',
      nameEn: 'Permits for international conferences',
      owner: 'Phòng Hợp tác quốc tế',
      purpose: 'Tiếp nhận, thẩm định và trình cho phép trong 10 ngày làm việc.',
      steps: ['1. Tiếp nhận hồ sơ — Công chức tiếp nhận; Bộ phận Một cửa — 4 giờ làm việc', '2. Thẩm định, trình ký — Phòng Hợp tác quốc tế — 2 ngày làm việc', '3. Lưu hồ sơ'],
      totalWorkingHours: 20,
      procedures: ['1.003862', '2.001712'],
      url: expect.stringMatching(/^https?:\/\/[^/]+\/quy-trinh-iso\/qt-nv-01$/),
      updatedAt: '2026-10-01T02:00:00.000Z',
    })
    expect(second).toMatchObject({ code: 'QT-HT-01', nameEn: null, owner: null, purpose: null, steps: [], totalWorkingHours: null, procedures: [] })
  })

  it('writes the same fields as CSV, lists in one cell where a new step starts with its number', async () => {
    const { csv } = await import('./feeds')
    const [header, row] = csv(await openData.qualityProcessRecords()).replace(/^\uFEFF/, '').split('\r\n')
    expect(header).toBe('code,name,nameEn,owner,purpose,steps,totalWorkingHours,procedures,url,updatedAt')
    expect(row).toContain(',"1. Tiếp nhận hồ sơ — Công chức tiếp nhận; Bộ phận Một cửa — 4 giờ làm việc; 2. Thẩm định, trình ký — Phòng Hợp tác quốc tế — 2 ngày làm việc; 3. Lưu hồ sơ",20,1.003862; 2.001712,')
  })

  it('follows a procedure that joins a process on the site server, where records are kept between publishes', async () => {
    keepDerived()
    const { patchDocument } = await import('../published/content')
    const [before, untouched] = await openData.qualityProcessRecords()
    const joined = { ...procedures[2], name: 'Thủ tục ba', qualityProcess: 1 }
    await patchDocument('procedures', 12, { vi: joined, en: joined })
    const [after, same] = await openData.qualityProcessRecords()
    expect(before.procedures).toEqual(['1.003862', '2.001712'])
    expect(after.procedures).toEqual(['1.003862', '2.001712', '2.002135'])
    expect(same).toBe(untouched)
  })
})
