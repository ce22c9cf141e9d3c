import { describe, expect, it } from 'vitest'
import type { SearchDocument } from './SearchEngine'
import { storedForm } from './storedDocument'
import { engines } from './testing/engineCases'
import { feeDecisions, fixtures } from './testing/fixtures'
import { withFixtures } from './testing/withFixtures'

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


/** `count` news records matching `tuyển dụng`, each with a body of about 1 KB and one of 150 issuers. */
const manyNotices = (count: number): SearchDocument[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `news:vi:${5000 + i}`,
    type: 'news',
    locale: 'vi',
    title: `Thông báo tuyển dụng viên chức đợt ${i + 1}`,
    summary: 'Thông báo tuyển dụng viên chức năm nay.',
    body: 'Nội dung chi tiết của thông báo tuyển dụng viên chức. '.repeat(20),
    url: `/tin-tuc/tuyen-dung-${i + 1}`,
    date: `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    facets: { issuer: `Phòng Nội vụ số ${String(i % 150).padStart(3, '0')}` },
  }))

describe.each(engines)('$name: what a large site needs, within Meilisearch’s documented limits', ({ create }) => {
  const { engines, titles } = withFixtures(create)

  it('orders every match by date when asked, not only those that match equally well', async () => {
    const fire: SearchDocument[] = [
      { id: 'news:vi:600', type: 'news', locale: 'vi', title: 'Hướng dẫn phòng cháy trong mùa khô', url: '/tin-tuc/600', date: '2020-02-01' },
      { id: 'news:vi:601', type: 'news', locale: 'vi', title: 'Lịch kiểm tra các chợ', summary: 'Kiểm tra công tác phòng cháy tại các chợ.', url: '/tin-tuc/601', date: '2024-02-01' },
    ]
    await engines.writer.upsert(fire)
    const ids = async (sort: 'newest' | 'oldest') => (await engines.reader.search({ q: 'phòng cháy', type: 'news', sort })).hits.map((hit) => hit.id)
    expect(await ids('newest')).toEqual(['news:vi:601', 'news:vi:600'])
    expect(await ids('oldest')).toEqual(['news:vi:600', 'news:vi:601'])
  })

  it('pages past the thousandth result with an exact total, writing more than one request may carry', async () => {
    await engines.writer.upsert(manyNotices(1200))
    const page = await engines.reader.search({ q: 'tuyển dụng', type: 'news', limit: 100, offset: 1100 })
    expect(page.total).toBe(1200)
    expect(page.hits).toHaveLength(100)
    const odd = await engines.reader.search({ q: 'tuyển dụng', type: 'news', limit: 7, offset: 1195 })
    expect([odd.total, odd.hits.length]).toEqual([1200, 5])
  }, 30_000)

  it('counts every value of a facet, past the hundredth', async () => {
    await engines.writer.upsert(manyNotices(300))
    const { facetDistribution } = await engines.reader.search({ q: '', type: 'news', facets: ['issuer'], limit: 1 })
    expect(Object.keys(facetDistribution?.issuer ?? {})).toHaveLength(150)
    expect(facetDistribution?.issuer?.['Phòng Nội vụ số 149']).toBe(2)
  })

  it('filters by a facet value whatever its letter case', async () => {
    const { hits } = await engines.reader.search({ q: '', filters: { issuer: ['ubnd TỈNH'] } })
    expect(hits.map((hit) => hit.facets?.issuer)).toEqual(['UBND tỉnh', 'UBND tỉnh'])
  })

  it('finds a record that writes the short form from the long form of four words, and the other way', async () => {
    const councils: SearchDocument[] = [
      { id: 'news:vi:700', type: 'news', locale: 'vi', title: 'Lịch làm việc của UBND phường Bến Nghé', url: '/tin-tuc/700' },
      { id: 'news:vi:701', type: 'news', locale: 'vi', title: 'Hội nghị của Ủy ban nhân dân xã Tân Phú', url: '/tin-tuc/701' },
      { id: 'news:vi:702', type: 'news', locale: 'vi', title: 'Hướng dẫn đóng BHXH tự nguyện', url: '/tin-tuc/702' },
    ]
    await engines.writer.upsert(councils)
    const ids = async (q: string) => (await engines.reader.search({ q, type: 'news', limit: 100 })).hits.map((hit) => hit.id).sort()
    expect(await ids('ủy ban nhân dân')).toEqual(expect.arrayContaining(['news:vi:700', 'news:vi:701']))
    expect(await ids('UBND')).toEqual(expect.arrayContaining(['news:vi:700', 'news:vi:701']))
    expect(await ids('bảo hiểm xã hội tự nguyện')).toContain('news:vi:702')
  })

  it('finds what a question of more than ten words asks about after its tenth word', async () => {
    await engines.writer.upsert([
      { id: 'procedure:vi:80', type: 'procedure', locale: 'vi', title: 'Đăng ký khai sinh', summary: 'Thủ tục đăng ký khai sinh cho trẻ mới sinh.', url: '/thu-tuc/80' },
    ])
    const q = 'Tôi muốn hỏi là nếu như tôi đã có con thì làm thủ tục khai sinh ở đâu'
    expect(await titles(q, { type: 'procedure' })).toContain('Đăng ký khai sinh')
  })

  it('stores, finds and removes a record whose id is too long for a Meilisearch document id as it is', async () => {
    const id = `news:vi:${'tiêu-đề-rất-dài-'.repeat(30)}`
    await engines.writer.upsert([{ id, type: 'news', locale: 'vi', title: 'Bản tin có mã rất dài', url: '/tin-tuc/dai' }])
    expect((await engines.reader.search({ q: 'mã rất dài' })).hits.map((hit) => hit.id)).toEqual([id])
    await engines.writer.remove([id])
    expect(await titles('mã rất dài')).not.toContain('Bản tin có mã rất dài')
  })
})
