import { beforeEach, describe, expect, it } from 'vitest'
import type { SearchDocument, SearchEngine } from './SearchEngine'
import { storedForm } from './storedDocument'
import { embeddedEngines, engines, type Engines } from './testing/engineCases'
import { fixtures } from './testing/fixtures'

/**
 * A provincial decision on the passport fee and the one that replaced it, worded alike; the old one, listed first and
 * with the shorter title, would come first on the words alone.
 */
const feeDecisions: SearchDocument[] = [
  {
    id: 'legal-document:vi:40',
    type: 'legal-document',
    locale: 'vi',
    title: 'Quyết định quy định mức thu lệ phí cấp hộ chiếu, giấy thông hành',
    number: '08/2019/QĐ-UBND',
    summary: 'Mức thu lệ phí cấp hộ chiếu, giấy thông hành tại Công an tỉnh.',
    url: '/van-ban/08-2019-qd-ubnd',
    date: '2019-03-01',
    facets: { documentType: 'Quyết định', issuer: 'UBND tỉnh', status: 'Hết hiệu lực toàn bộ', year: 2019 },
    inForce: false,
  },
  {
    id: 'legal-document:vi:41',
    type: 'legal-document',
    locale: 'vi',
    title: 'Quyết định quy định mức thu lệ phí cấp hộ chiếu, giấy thông hành trên địa bàn tỉnh',
    number: '12/2024/QĐ-UBND',
    summary: 'Mức thu lệ phí cấp hộ chiếu, giấy thông hành; thay thế Quyết định số 08/2019/QĐ-UBND.',
    url: '/van-ban/12-2024-qd-ubnd',
    date: '2024-05-02',
    facets: { documentType: 'Quyết định', issuer: 'UBND tỉnh', status: 'Còn hiệu lực', year: 2024 },
    inForce: true,
  },
]

/** Sets up an engine pair with the fixtures before each test and returns accessors for the test bodies. */
function withFixtures(create: () => Promise<Engines>) {
  const engines = {} as Engines
  beforeEach(async () => {
    Object.assign(engines, await create())
    await engines.writer.replaceAll(fixtures)
  })
  const titles = async (q: string, options = {}) =>
    (await engines.reader.search({ q, limit: 100, ...options })).hits.map((hit) => hit.title)
  return { engines, titles }
}

describe.each(engines)('$name: records, filters, facets, sort, paging and validity', ({ create }) => {
  const { engines, titles } = withFixtures(create)

  it('filters by locale', async () => {
    expect(await titles('passports', { locale: 'en' })).toEqual(['Issuance of official passports'])
    expect(await titles('passports', { locale: 'vi' })).toEqual([])
  })

  it('filters by type', async () => {
    const procedures = await engines.reader.search({ q: 'hộ chiếu', type: 'procedure' })
    expect(procedures.hits.map((hit) => hit.id)).toEqual(['procedure:vi:1'])
    const documents = await engines.reader.search({ q: 'hộ chiếu', type: 'legal-document' })
    expect(documents.hits.map((hit) => hit.type)).toEqual(['legal-document', 'legal-document'])
  })

  it('filters by facets: values of one facet widen, facets narrow', async () => {
    const years = await engines.reader.search({ q: '', filters: { year: [2019, 2020] } })
    expect(years.hits.map((hit) => hit.id).sort()).toEqual(['legal-document:vi:15', 'legal-document:vi:30'])
    const both = await engines.reader.search({ q: '', filters: { year: [2019, 2020], documentType: ['Quyết định'] } })
    expect(both.hits.map((hit) => hit.id)).toEqual(['legal-document:vi:15'])
    const level = await engines.reader.search({ q: '', filters: { level: ['Xã'], type: ['procedure'] } })
    expect(level.hits.map((hit) => hit.title)).toEqual(['Đăng ký thường trú'])
    const either = await engines.reader.search({ q: '', filters: { level: ['Huyện', 'Xã'] } })
    expect(either.hits.map((hit) => hit.id).sort()).toEqual(['procedure:vi:1', 'procedure:vi:2'])
  })

  it('applies type and filters.type together', async () => {
    const { total } = await engines.reader.search({ q: '', type: 'news', filters: { type: ['procedure'] } })
    expect(total).toBe(0)
  })

  it('counts facet values over every matching record, not just the page', async () => {
    const { facetDistribution, hits } = await engines.reader.search({
      q: 'hộ chiếu',
      locale: 'vi',
      limit: 1,
      facets: ['type', 'documentType', 'year', 'level'],
    })
    expect(hits).toHaveLength(1)
    expect(facetDistribution).toEqual({
      type: { procedure: 1, 'legal-document': 2 },
      documentType: { 'Quyết định': 2 },
      year: { '2020': 1, '2021': 1 },
      level: { Tỉnh: 1, Huyện: 1 },
    })
  })

  it('counts facets within the filters and returns no counts unless asked', async () => {
    const filtered = await engines.reader.search({
      q: '',
      filters: { issuer: ['UBND tỉnh'] },
      facets: ['status', 'issuer'],
    })
    expect(filtered.facetDistribution).toEqual({ status: { 'Còn hiệu lực': 2 }, issuer: { 'UBND tỉnh': 2 } })
    expect((await engines.reader.search({ q: 'hộ chiếu' })).facetDistribution).toBeUndefined()
  })

  it('sorts by date, newest or oldest first, undated records last', async () => {
    const dates = async (sort: 'newest' | 'oldest') =>
      (await engines.reader.search({ q: 'hộ chiếu', locale: 'vi', sort })).hits.map((hit) => hit.date)
    expect(await dates('newest')).toEqual(['2024-03-01', '2021-09-20', '2020-06-12'])
    expect(await dates('oldest')).toEqual(['2020-06-12', '2021-09-20', '2024-03-01'])
    const undated = await engines.reader.search({ q: '', type: 'procedure', locale: 'en', sort: 'oldest' })
    expect(undated.hits.map((hit) => hit.id)).toEqual(['procedure:en:1'])
  })

  it('stops finding removed records and ignores unknown ids', async () => {
    await engines.writer.remove(['procedure:vi:1', 'procedure:vi:404'])
    expect(await titles('hộ chiếu')).not.toContain('Cấp hộ chiếu công vụ')
    expect(await engines.reader.count()).toBe(fixtures.length - 1)
  })

  it('replaces a record upserted with an existing id', async () => {
    const [first] = fixtures
    await engines.writer.upsert([{ ...first!, title: 'Cấp đổi hộ chiếu công vụ' }])
    expect(await titles('Cấp đổi')).toContain('Cấp đổi hộ chiếu công vụ')
    expect(await titles('hộ chiếu')).not.toContain('Cấp hộ chiếu công vụ')
    expect(await engines.reader.count()).toBe(fixtures.length)
  })

  it('lists every record as it was written', async () => {
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1)
    expect((await engines.reader.documents()).sort(byId)).toEqual(fixtures.map(storedForm).sort(byId))
    await engines.writer.remove([fixtures[0]!.id])
    expect((await engines.reader.documents()).map((doc) => doc.id)).not.toContain(fixtures[0]!.id)
  })

  it('replaceAll drops every record not given', async () => {
    await engines.writer.replaceAll([fixtures[1]!])
    expect(await engines.reader.count()).toBe(1)
    expect(await titles('hộ chiếu')).toEqual([])
    expect(await titles('Đăng ký')).toEqual(['Đăng ký thường trú'])
  })

  it('replaceAll reports its progress and answers from the old records until the new ones are all in', async () => {
    const next = Array.from({ length: 600 }, (_, i) => ({ ...fixtures[1]!, id: `news:vi:${1000 + i}`, type: 'news' as const, title: `Thông báo số ${i}` }))
    const progress: [number, number][] = []
    const replacing = engines.writer.replaceAll(next, { onProgress: (done, total) => progress.push([done, total]) })
    expect(await titles('hộ chiếu')).toContain('Cấp hộ chiếu công vụ')
    await replacing
    expect(progress.at(-1)).toEqual([600, 600])
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b))
    expect(await titles('hộ chiếu')).toEqual([])
    expect(await engines.reader.count()).toBe(600)
  })

  it('pages through results with a stable total', async () => {
    const first = await engines.reader.search({ q: 'lịch tiếp công dân', limit: 5 })
    const last = await engines.reader.search({ q: 'lịch tiếp công dân', limit: 5, offset: 10 })
    expect(first.total).toBe(12)
    expect(last.total).toBe(12)
    expect(first.hits).toHaveLength(5)
    expect(last.hits).toHaveLength(2)
    expect(first.hits.map((hit) => hit.id)).not.toEqual(expect.arrayContaining(last.hits.map((hit) => hit.id)))
    expect([first.limit, first.offset, last.offset]).toEqual([5, 0, 10])
  })

  it('returns 10 hits by default and at most 100', async () => {
    expect((await engines.reader.search({ q: 'lịch tiếp công dân' })).hits).toHaveLength(10)
    expect((await engines.reader.search({ q: 'lịch tiếp công dân', limit: 1000 })).limit).toBe(100)
  })

  it('lists every matching record, newest first, for a blank query', async () => {
    const { hits, total } = await engines.reader.search({ q: '', type: 'news', limit: 3 })
    expect(total).toBe(15)
    expect(hits.map((hit) => hit.date)).toEqual(['2024-12-01', '2024-11-05', '2024-11-01'])
  })

  it('counts the records', async () => {
    expect(await engines.reader.count()).toBe(fixtures.length)
  })

  it('ranks a document in force before the one it replaced when both match about as well, and still finds the old one', async () => {
    await engines.writer.upsert(feeDecisions)
    const { hits } = await engines.reader.search({ q: 'lệ phí cấp hộ chiếu', type: 'legal-document' })
    expect(hits.map((hit) => hit.id)).toEqual(['legal-document:vi:41', 'legal-document:vi:40'])
  })
})

describe.each(embeddedEngines)('$name: relevance', ({ create }) => {
  const { engines, titles } = withFixtures(create)
  const ids = async (q: string, options = {}) =>
    (await engines.reader.search({ q, limit: 100, ...options })).hits.map((hit) => hit.id)

  it('still ranks first a document no longer in force that matches clearly better', async () => {
    const notice: SearchDocument = {
      id: 'news:vi:400',
      type: 'news',
      locale: 'vi',
      title: 'Thông báo lịch tiếp nhận hồ sơ xuất nhập cảnh trong dịp Tết',
      summary: 'Công dân nộp hồ sơ và lệ phí cấp hộ chiếu tại Bộ phận Một cửa của Công an tỉnh.',
      url: '/tin-tuc/lich-tiep-nhan-ho-so-dip-tet',
      date: '2025-01-10',
    }
    await engines.writer.upsert([...feeDecisions, notice])
    expect(await ids('lệ phí cấp hộ chiếu')).toEqual(['legal-document:vi:41', 'legal-document:vi:40', 'news:vi:400'])
  })

  it('finds accented titles from unaccented queries', async () => {
    expect(await titles('ho chieu')).toContain('Cấp hộ chiếu công vụ')
    expect(await titles('dang ky')).toContain('Đăng ký thường trú')
    expect(await titles('ĐĂNG KÝ')).toContain('Đăng ký thường trú')
  })

  it('ranks words typed with their tone above words that only fold to them', async () => {
    const found = await ids('năm')
    expect(found).toContain('news:vi:301')
    expect(found.indexOf('news:vi:302')).toBeLessThan(found.indexOf('news:vi:301'))
    expect(found.slice(-1)).toEqual(['news:vi:301'])
  })

  it('treats both tone placements as the same word', async () => {
    expect((await ids('hòa giải'))[0]).toBe('news:vi:302')
  })

  it('requires every word when some document has them all', async () => {
    const found = await titles('hộ chiếu công vụ')
    expect(found).toContain('Cấp hộ chiếu công vụ')
    expect(found).not.toContain('Đăng ký thường trú')
  })

  it('drops trailing words, one at a time, when no document has them all', async () => {
    expect(await titles('hộ chiếu xe máy')).toContain('Cấp hộ chiếu công vụ')
    const found = await titles('hộ chiếu thường trú')
    expect(found).toContain('Cấp hộ chiếu công vụ')
    expect(found).not.toContain('Đăng ký thường trú')
  })

  it('ranks a sentence on all its words, even when no document has them all', async () => {
    const q = 'Cán bộ được cử đi công tác nước ngoài thì làm thủ tục cấp hộ chiếu công vụ như thế nào'
    expect((await titles(q))[0]).toBe('Cấp hộ chiếu công vụ')
  })

  it.each(['15/2020/QĐ-UBND', '15/2020/qd-ubnd', '15 2020 QĐ UBND', 'qd 15/2020', 'quyết định 15/2020'])(
    'ranks the document for "%s" first',
    async (q) => {
      expect((await ids(q))[0]).toBe('legal-document:vi:15')
    },
  )

  it('finds a procedure by its code', async () => {
    expect((await titles('1.004194'))[0]).toBe('Đăng ký thường trú')
    expect(await ids('1.001108', { locale: 'vi' })).toEqual(['procedure:vi:1'])
  })

  it('matches the last word as a prefix while the user is typing', async () => {
    expect(await titles('đăng ký thường tr')).toContain('Đăng ký thường trú')
  })

  it('tolerates a typo in a longer word, counting two swapped letters as one', async () => {
    expect(await titles('chieuu')).toContain('Cấp hộ chiếu công vụ')
    expect(await titles('cheiu')).toContain('Cấp hộ chiếu công vụ')
  })

  it('tolerates no typo in a word of four letters or fewer', async () => {
    expect(await titles('chiu')).toEqual([])
  })

  it('expands abbreviations both ways', async () => {
    expect(await titles('thẻ ABTC')).toContain(
      'Nghị định quy định về việc xét cho phép sử dụng thẻ đi lại của doanh nhân APEC',
    )
    expect(await titles('sửa đổi ủy ban nhân dân')).toContain(
      'Quyết định sửa đổi, bổ sung một số điều của Quy chế quản lý hộ chiếu',
    )
  })

  it('marks matched words in the accented title and summary', async () => {
    const { hits } = await engines.reader.search({ q: 'ho chieu', type: 'procedure' })
    expect(hits[0]?._formatted.title).toBe('Cấp <mark>hộ</mark> <mark>chiếu</mark> công vụ')
    expect(hits[0]?._formatted.summary).toContain('<mark>hộ</mark> <mark>chiếu</mark>')
  })

  it('escapes HTML from the source text', async () => {
    const { hits } = await engines.reader.search({ q: 'giả mạo' })
    const summary = hits.find((hit) => hit.id === 'news:vi:7')?._formatted.summary
    expect(summary).toContain('&lt;script&gt;')
    expect(summary).not.toContain('<script>')
    expect(summary).toContain('<mark>giả</mark> <mark>mạo</mark>')
  })
})
