import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { standInCms } from '../testing/standInCms'
import { fallbackLang } from './translation'

// A stand-in for the CMS's REST API: lists of legal documents and news by id, with the locale=all shape.
const asked: string[] = []
const published = new Set([1, 2, 3, 7, 8])
// A law's text: long enough to be held compressed (`heldCompressed.ts`).
const LAW = `<p>${'Điều 1. Phạm vi điều chỉnh. '.repeat(200)}</p>`
let cms: Awaited<ReturnType<typeof standInCms>>
let content: typeof import('./content')

beforeAll(async () => {
  cms = await standInCms((req, res) => {
    const url = new URL(req.url!, 'http://cms')
    asked.push(`${url.pathname}${decodeURIComponent(url.search)}`)
    if (url.pathname === '/api/news') return void res.writeHead(500, { 'content-type': 'application/json' }).end('{"errors":[]}')
    const ids = (url.searchParams.get('where[id][in]') ?? '').split(',').map(Number)
    const docs = ids
      .filter((id) => published.has(id))
      .map((id) => ({ id, title: { vi: `Văn bản ${id}`, en: `Document ${id}` }, ...(id === 7 && { body: { vi: { root: { children: [] } } }, bodyHtml: { vi: '<p>Điều 1.</p>' } }), ...(id === 8 && { bodyHtml: { vi: LAW } }) }))
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ docs }))
  })
  content = await import('./content')
})

afterAll(() => cms.close())

describe('batchedDocumentReader', () => {
  it('asks the CMS once per collection for the documents asked for together, in both languages', async () => {
    asked.length = 0
    const read = content.batchedDocumentReader()
    const [one, two, missing, oneAgain] = await Promise.all([
      read('legal-documents', 1),
      read('legal-documents', '2'),
      read('legal-documents', 5),
      read('legal-documents', 1),
    ])
    expect(asked).toHaveLength(1)
    expect(asked[0]).toContain('/api/legal-documents?where[id][in]=1,2,5&limit=3&depth=1')
    expect(asked[0]).toContain('locale=all')
    expect(one.vi).toMatchObject({ id: 1, title: 'Văn bản 1' })
    expect(one.en).toMatchObject({ id: 1, title: 'Document 1' })
    expect(two.vi).toMatchObject({ id: 2 })
    // Not published, or gone: no version in either language, as `readDocument` answers a 404.
    expect(missing).toEqual({ vi: null, en: null })
    expect(oneAgain).toEqual(one)
  })

  it('asks again for what is asked for later, and fails only the reads of a collection the CMS failed', async () => {
    asked.length = 0
    const read = content.batchedDocumentReader()
    const news = read('news', 1)
    const legal = read('legal-documents', 3)
    await expect(news).rejects.toThrow(/answered 500/)
    expect((await legal).vi).toMatchObject({ id: 3 })
    expect((await read('legal-documents', 7)).vi).toMatchObject({ id: 7 })
    expect(asked).toHaveLength(3)
  })

  it("keeps a document's HTML without the editor's tree, the English marked as Vietnamese where it fell back", async () => {
    const doc = await content.batchedDocumentReader()('legal-documents', 7)
    expect(doc.vi).toEqual({ id: 7, title: 'Văn bản 7', bodyHtml: '<p>Điều 1.</p>' })
    expect(doc.en).toMatchObject({ id: 7, title: 'Document 7', bodyHtml: '<p>Điều 1.</p>' })
    expect(doc.en).not.toHaveProperty('body')
    expect(fallbackLang(doc.en, 'bodyHtml')).toBe('vi')
  })

  it('holds a long text compressed in both language versions once the lists keep it, reading as the text itself', async () => {
    const doc = await content.batchedDocumentReader()('legal-documents', 8)
    await content.patchDocument('legal-documents', 8, doc)
    const kept = { vi: (await content.content('vi').legalDocuments()).find((d) => d.id === 8), en: (await content.content('en').legalDocuments()).find((d) => d.id === 8) }
    expect(kept.vi).toBeDefined()
    for (const version of [kept.vi, kept.en]) {
      expect(Object.getOwnPropertyDescriptor(version, 'bodyHtml')?.get).toBeTypeOf('function')
      expect((version as { bodyHtml: string }).bodyHtml).toBe(LAW)
    }
    expect(fallbackLang(kept.en, 'bodyHtml')).toBe('vi')
  })
})
