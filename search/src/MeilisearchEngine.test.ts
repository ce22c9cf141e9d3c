// Stand-in test: no Meilisearch server can run on this machine (none is installed and none can be), so this suite
// runs MeilisearchEngine and the official client against FakeMeilisearch, a small node:http server implementing
// only the documented routes the engine uses. It checks what the engine sends and how it maps the answers; it does
// not check Meilisearch's own ranking, typo tolerance, synonyms or filters. The shared suite in engines.test.ts
// should also run against a real server once one is available.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FakeMeilisearch } from './testing/FakeMeilisearch'
import { fixtures } from './testing/fixtures'
import { SNIPPET_WORDS } from './highlight'
import { MEILISEARCH_SETTINGS, MeilisearchEngine, toMeilisearchKey } from './MeilisearchEngine'
import { storedForm } from './storedDocument'

const API_KEY = 'test-master-key'
let fake: FakeMeilisearch
let host: string
let engine: MeilisearchEngine

beforeEach(async () => {
  fake = new FakeMeilisearch()
  host = await fake.start()
  engine = new MeilisearchEngine({ host, apiKey: API_KEY, indexUid: 'congkhai' })
})

afterEach(async () => {
  await fake.stop()
})

const bodyOf = (method: string, path: string): unknown =>
  fake.requests.find((request) => request.method === method && request.path === path)?.body

describe('MeilisearchEngine writes', () => {
  it('applies the settings once, then adds documents under a Meilisearch-safe key', async () => {
    await engine.upsert(fixtures.slice(0, 2))
    await engine.upsert(fixtures.slice(2, 3))
    // Each upsert first deletes the parts (articles) of the records it brings, which the batch replaces.
    expect(fake.calls()).toEqual([
      'PATCH /indexes/congkhai/settings',
      'POST /indexes/congkhai/documents/delete',
      'POST /indexes/congkhai/documents',
      'POST /indexes/congkhai/documents/delete',
      'POST /indexes/congkhai/documents',
    ])
    const documents = fake.requests.filter((request) => request.path === '/indexes/congkhai/documents')
    expect(documents.map((request) => request.search.get('primaryKey'))).toEqual(['key', 'key'])
    expect(documents[0]?.body).toEqual(
      fixtures.slice(0, 2).map((doc) => ({ ...doc, key: toMeilisearchKey(doc.id), inForceRank: 1, family: doc.id })),
    )
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`)
    expect(await engine.count()).toBe(3)
  })

  it('ranks on validity on every record, and gives the records back as they were written', async () => {
    const [news, decision] = ['news:vi:7', 'legal-document:vi:15'].map((id) => fixtures.find((doc) => doc.id === id)!)
    const repealed = { ...decision!, id: 'legal-document:vi:9', inForce: false }
    const current = { ...decision!, inForce: true }
    await engine.upsert([news!, repealed, current])
    const stored = [...fake.indexes.get('congkhai')!.values()]
    expect(stored.map((doc) => [doc.id, doc.inForceRank])).toEqual([
      ['news:vi:7', 1],
      ['legal-document:vi:9', 0],
      [current.id, 1],
    ])
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1)
    expect((await engine.documents()).sort(byId)).toEqual([news!, repealed, current].map(storedForm).sort(byId))
  })

  it('sends ranking rules the stand-in accepts, which refuses what Meilisearch refuses', async () => {
    await engine.applySettings()
    const settings = bodyOf('PATCH', '/indexes/congkhai/settings') as typeof MEILISEARCH_SETTINGS
    expect(settings.rankingRules).toEqual([
      'sort',
      'words',
      'typo',
      'proximity',
      'attributeRank',
      'inForceRank:desc',
      'wordPosition',
      'exactness',
    ])
    const patch = (rankingRules: string[]) =>
      fetch(`${host}/indexes/congkhai/settings`, { method: 'PATCH', body: JSON.stringify({ rankingRules }) })
    for (const refused of [['inForceRank:up'], ['inForceRank'], ['_geoPoint(1, 2):asc'], ['attribute', 'wordPosition']]) {
      const response = await patch(refused)
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ code: 'invalid_settings_ranking_rules' })
    }
    // Meilisearch accepts a rule on an attribute no document has, and leaves the order undefined.
    expect((await patch(['words', 'absent:desc'])).status).toBe(202)
  })

  it('sends the searchable, filterable and sortable attributes, synonyms and typo budget', async () => {
    await engine.applySettings()
    const settings = bodyOf('PATCH', '/indexes/congkhai/settings') as typeof MEILISEARCH_SETTINGS
    expect(settings.searchableAttributes).toEqual(['title', 'number', 'summary', 'body'])
    expect(settings.filterableAttributes).toEqual([
      'locale',
      'parentId',
      'type',
      'facets.field',
      'facets.documentType',
      'facets.issuer',
      'facets.year',
      'facets.status',
      'facets.level',
    ])
    expect(settings.sortableAttributes).toEqual(['date'])
    expect(settings.typoTolerance).toEqual({ minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnNumbers: true })
    expect(settings.synonyms?.['ubnd']).toContain('ủy ban nhân dân')
    expect(settings.synonyms?.['tthc']).toContain('thủ tục hành chính')
    // Meilisearch looks up synonyms for terms of three words at most: longer keys would never be read.
    expect(settings.synonyms).not.toHaveProperty('thủ tục hành chính')
    expect(settings.synonyms?.['quyết định']).toContain('qđ')
    expect(settings.pagination).toEqual({ maxTotalHits: 10_100 })
    expect(settings.faceting).toEqual({ maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'alpha' } })
  })

  it('removes documents by their encoded keys', async () => {
    await engine.upsert(fixtures.slice(0, 3))
    await engine.remove(['procedure:vi:1', 'legal-document:vi:15'])
    expect(bodyOf('POST', '/indexes/congkhai/documents/delete-batch')).toEqual([
      'procedure_3avi_3a1',
      'legal-document_3avi_3a15',
    ])
    expect(await engine.count()).toBe(1)
  })

  it('replaceAll builds a fresh index beside the live one and swaps it in', async () => {
    await engine.upsert(fixtures.slice(0, 3))
    fake.requests.length = 0
    await engine.replaceAll(fixtures.slice(3, 5))
    expect(fake.calls()).toEqual([
      'DELETE /indexes/congkhai_next',
      'POST /indexes',
      'PATCH /indexes/congkhai_next/settings',
      'POST /indexes/congkhai_next/documents',
      'POST /indexes',
      'POST /swap-indexes',
      'DELETE /indexes/congkhai_next',
    ])
    expect(fake.requests.find((r) => r.path === '/indexes')?.body).toEqual({ uid: 'congkhai_next', primaryKey: 'key' })
    expect(bodyOf('POST', '/swap-indexes')).toEqual([{ indexes: ['congkhai', 'congkhai_next'], rename: false }])
    expect([...fake.indexes.keys()]).toEqual(['congkhai'])
    const liveKeys = [...fake.indexes.get('congkhai')!.keys()]
    expect(liveKeys).toEqual(fixtures.slice(3, 5).map((doc) => toMeilisearchKey(doc.id)))
  })

  it('replaceAll works on a server that has no index yet', async () => {
    await engine.replaceAll(fixtures)
    expect(await engine.count()).toBe(fixtures.length)
  })

  it('cuts batches by the bytes of their JSON, so none is over the payload limit the server refuses', async () => {
    await fake.stop()
    fake = new FakeMeilisearch({ payloadLimit: 64 * 1024 })
    const small = new MeilisearchEngine({ host: await fake.start(), indexUid: 'congkhai', maxPayloadBytes: 64 * 1024 })
    const long = Array.from({ length: 100 }, (_, i) => ({ ...fixtures[0]!, id: `news:vi:${900 + i}`, body: 'Điều khoản. '.repeat(200) }))
    await small.replaceAll(long)
    const sizes = fake.requests.filter((r) => r.path === '/indexes/congkhai_next/documents').map((r) => Buffer.byteLength(JSON.stringify(r.body)))
    expect(sizes.length).toBeGreaterThan(1)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(64 * 1024)
    expect(await small.count()).toBe(100)
    const huge = { ...fixtures[0]!, id: 'news:vi:999', body: 'x'.repeat(70 * 1024) }
    await expect(small.upsert([huge])).rejects.toThrow(/Record news:vi:999 is \d+ bytes of JSON, more than Meilisearch accepts in one request \(65536 bytes/)
  })

  it('is refused by the server with payload_too_large when it sends more than the limit', async () => {
    await fake.stop()
    fake = new FakeMeilisearch({ payloadLimit: 1024 })
    const unaware = new MeilisearchEngine({ host: await fake.start(), indexUid: 'congkhai' })
    await expect(unaware.upsert(fixtures)).rejects.toThrow(/payload/i)
  })

  it('rejects when a task fails, naming the task and the error', async () => {
    fake.failingTypes.add('indexSwap')
    await expect(engine.replaceAll(fixtures)).rejects.toThrow(/indexSwap.*internal: Fake failure of indexSwap/)
  })

  it('counts zero before the index exists', async () => {
    expect(await engine.count()).toBe(0)
  })
})

describe('MeilisearchEngine search', () => {
  beforeEach(async () => {
    await engine.replaceAll(fixtures)
    fake.requests.length = 0
  })

  it('sends filters, paging, highlight and crop options', async () => {
    await engine.search({ q: 'hộ chiếu', locale: 'vi', type: 'procedure', limit: 5, offset: 5 })
    expect(bodyOf('POST', '/indexes/congkhai/search')).toMatchObject({
      q: 'hộ chiếu',
      filter: ['locale = "vi"', ['type = "procedure"']],
      page: 2,
      hitsPerPage: 5,
      attributesToHighlight: ['title', 'summary'],
      attributesToCrop: ['summary'],
      cropLength: SNIPPET_WORDS,
      cropMarker: '…',
    })
  })

  it('sends facet filters in array form, numbers bare and strings quoted and escaped', async () => {
    await engine.search({ q: '', filters: { year: [2020, 2021], issuer: ['Bộ "Tư pháp"'] } })
    expect(bodyOf('POST', '/indexes/congkhai/search')).toMatchObject({
      // A blank query lists documents, not their articles.
      filter: [['facets.issuer = "Bộ \\"Tư pháp\\""'], ['facets.year = 2020', 'facets.year = 2021'], 'parentId NOT EXISTS'],
    })
  })

  it('asks for facets by attribute and maps the counts back to facet names', async () => {
    const { facetDistribution } = await engine.search({ q: 'hộ chiếu', facets: ['type', 'issuer'] })
    expect(bodyOf('POST', '/indexes/congkhai/search')).toMatchObject({ facets: ['type', 'facets.issuer'] })
    expect(facetDistribution).toEqual({ type: { procedure: 1, 'legal-document': 2 }, issuer: { 'UBND tỉnh': 2 } })
  })

  it('sorts by date when asked, and lets a blank query list newest first', async () => {
    await engine.search({ q: 'hộ chiếu', sort: 'oldest' })
    expect(bodyOf('POST', '/indexes/congkhai/search')).toMatchObject({ sort: ['date:asc'] })
    fake.requests.length = 0
    await engine.search({ q: '', sort: 'relevance' })
    expect(bodyOf('POST', '/indexes/congkhai/search')).toMatchObject({ sort: ['date:desc'] })
  })

  it('asks for every keyword, drops trailing ones only when nothing has them all, ranks a sentence on all its words', async () => {
    await engine.search({ q: 'hộ chiếu công vụ' })
    expect(fake.requests.map((request) => (request.body as { matchingStrategy?: string }).matchingStrategy)).toEqual(['all'])
    fake.requests.length = 0
    const { hits } = await engine.search({ q: 'hộ chiếu xe máy', type: 'procedure' })
    expect(fake.requests.map((request) => (request.body as { matchingStrategy?: string }).matchingStrategy)).toEqual(['all', 'last'])
    expect(hits.map((hit) => hit.title)).toContain('Cấp hộ chiếu công vụ')
    fake.requests.length = 0
    await engine.search({ q: 'Người xem dưới 16 tuổi được xem phim có nội dung thuộc phân loại T18' })
    expect(bodyOf('POST', '/indexes/congkhai/search')).toMatchObject({ matchingStrategy: 'frequency' })
  })

  it('sends no filter or sort when none applies, and caps the page size', async () => {
    await engine.search({ q: 'hộ chiếu', limit: 1000 })
    const body = bodyOf('POST', '/indexes/congkhai/search') as Record<string, unknown>
    expect(body).not.toHaveProperty('filter')
    expect(body).not.toHaveProperty('sort')
    expect(body).not.toHaveProperty('facets')
    expect(body.hitsPerPage).toBe(100)
  })

  it('lists newest first for a blank query', async () => {
    await engine.search({ q: '  ' })
    expect(bodyOf('POST', '/indexes/congkhai/search')).toMatchObject({ q: '', sort: ['date:desc'] })
  })

  it('maps hits, total and time, marking matches and escaping the rest', async () => {
    const result = await engine.search({ q: 'giả mạo', limit: 1 })
    expect(result).toMatchObject({ query: 'giả mạo', total: 1, limit: 1, offset: 0, took: 3 })
    const [hit] = result.hits
    expect(hit).toMatchObject({ id: 'news:vi:7', type: 'news', locale: 'vi', url: '/tin-tuc/canh-bao-trang-web-gia-mao' })
    expect(hit).not.toHaveProperty('key')
    // The server marks each matched word on its own.
    expect(hit?._formatted.title).toBe('Cảnh báo trang web <mark>giả</mark> <mark>mạo</mark> cổng dịch vụ công')
    expect(hit?._formatted.summary).toBe(
      'Trang <mark>giả</mark> <mark>mạo</mark> chèn mã &lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; để đánh cắp thông tin đăng nhập.',
    )
  })

  it('pages by page and hitsPerPage, whose total is counted rather than estimated, even at an odd offset', async () => {
    const result = await engine.search({ q: 'lịch tiếp công dân', limit: 5, offset: 10 })
    expect(bodyOf('POST', '/indexes/congkhai/search')).toMatchObject({ page: 3, hitsPerPage: 5 })
    expect([result.total, result.hits.length]).toEqual([12, 2])
    const odd = await engine.search({ q: 'lịch tiếp công dân', limit: 5, offset: 3 })
    const all = await engine.search({ q: 'lịch tiếp công dân', limit: 12 })
    expect(odd.hits.map((hit) => hit.id)).toEqual(all.hits.slice(3, 8).map((hit) => hit.id))
  })

  it('sends a long form of a synonym as its short form, and at most ten words, stop words dropped first', async () => {
    await engine.search({ q: 'quyết định của ủy ban nhân dân tỉnh' })
    expect(bodyOf('POST', '/indexes/congkhai/search')).toMatchObject({ q: 'quyết định của UBND tỉnh' })
    fake.requests.length = 0
    await engine.search({ q: 'Tôi muốn hỏi là nếu như tôi đã có con thì làm thủ tục khai sinh ở đâu' })
    expect(bodyOf('POST', '/indexes/congkhai/search')).toMatchObject({ q: 'Tôi muốn hỏi con làm thủ tục khai sinh ở' })
  })
})

describe('toMeilisearchKey', () => {
  it('gives distinct ids distinct keys made of allowed characters only', () => {
    const ids = ['legal-document:vi:12', 'legal-document_3avi_3a12', 'news:en:Hộ chiếu', 'a:b', 'a_3ab']
    const keys = ids.map(toMeilisearchKey)
    expect(new Set(keys).size).toBe(ids.length)
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]+$/)
  })
})
