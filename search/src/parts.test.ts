import { beforeEach, describe, expect, it } from 'vitest'
import type { SearchDocument } from './SearchEngine'
import { engines, type Engines } from './testing/engineCases'

/** A decree and two of its articles, as the site indexes a legal document whose text has articles. */
const decree: SearchDocument = {
  id: 'legal-document:vi:7',
  type: 'legal-document',
  locale: 'vi',
  title: 'Nghị định quy định chi tiết Luật Xuất cảnh, nhập cảnh của công dân Việt Nam',
  number: '136/2007/NĐ-CP',
  summary: 'Quy định về cấp hộ chiếu, giấy thông hành cho công dân Việt Nam.',
  url: '/van-ban/136-2007-nd-cp',
  date: '2007-08-17',
  facets: { documentType: 'Nghị định', year: 2007 },
}
const article = (n: number, heading: string, text: string): SearchDocument => ({
  id: `${decree.id}#dieu-${n}`,
  type: 'legal-document',
  locale: 'vi',
  title: heading,
  summary: text,
  url: `${decree.url}#dieu-${n}`,
  date: decree.date,
  facets: decree.facets,
  parentId: decree.id,
  parentTitle: decree.title,
})
const articles = [
  article(5, 'Điều 5. Thời hạn hộ chiếu', 'Hộ chiếu phổ thông có thời hạn không quá 10 năm và không được gia hạn.'),
  article(9, 'Điều 9. Giấy thông hành biên giới', 'Giấy thông hành biên giới cấp cho công dân Việt Nam thường trú ở tỉnh có chung đường biên giới.'),
]
const other: SearchDocument = {
  id: 'news:vi:3',
  type: 'news',
  locale: 'vi',
  title: 'Tiếp nhận hồ sơ hộ chiếu trực tuyến',
  summary: 'Từ tháng 7, hồ sơ đề nghị cấp hộ chiếu được nộp trực tuyến.',
  url: '/tin-tuc/ho-chieu-truc-tuyen',
  date: '2025-07-01',
}

describe.each(engines)('$name: articles of a legal document', ({ create }) => {
  let engines: Engines
  beforeEach(async () => {
    engines = await create()
    await engines.writer.replaceAll([decree, ...articles, other])
  })
  const search = (q: string) => engines.reader.search({ q, limit: 100, facets: ['documentType'] })

  it('finds a phrase of an article as that article: its anchor, its heading, the document it belongs to, its words', async () => {
    const { hits } = await search('thời hạn không quá 10 năm')
    expect(hits[0]).toMatchObject({ url: '/van-ban/136-2007-nd-cp#dieu-5', title: 'Điều 5. Thời hạn hộ chiếu', parentTitle: decree.title, parentId: decree.id })
    expect(hits[0]!._formatted.summary).toContain('<mark>')
  })

  it('gives one result per document, its best match, and counts it once', async () => {
    const result = await search('hộ chiếu')
    const urls = result.hits.map((hit) => hit.url.split('#')[0])
    expect(urls.filter((url) => url === decree.url)).toHaveLength(1)
    expect(urls).toContain(other.url)
    expect(result.total).toBe(2)
    expect(result.facetDistribution?.documentType).toEqual({ 'Nghị định': 1 })
  })

  it('lists documents, not their articles, for a blank query', async () => {
    const { hits } = await engines.reader.search({ q: '', limit: 100 })
    expect(hits.map((hit) => hit.id).sort()).toEqual([decree.id, other.id].sort())
  })

  it('drops the articles a new version of the document no longer has, and all of them with the document', async () => {
    await engines.writer.upsert([decree, articles[1]!])
    expect((await search('thời hạn không quá 10 năm')).hits.map((hit) => hit.url)).not.toContain(articles[0]!.url)
    expect((await search('giấy thông hành biên giới')).hits[0]?.url).toBe(articles[1]!.url)
    await engines.writer.remove([decree.id])
    expect((await engines.reader.documents()).map((doc) => doc.id)).toEqual([other.id])
  })
})
