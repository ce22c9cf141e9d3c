import { describe, expect, it } from 'vitest'
import type { SearchDocument } from './SearchEngine'
import { embeddedEngines } from './testing/engineCases'
import { feeDecisions } from './testing/fixtures'
import { withFixtures } from './testing/withFixtures'

// Relevance the embedded engines alone are held to: FakeMeilisearch has no typo tolerance, folding or word ranking,
// so the Meilisearch engine's relevance is Meilisearch's own (README, "What differs between the engines").
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
