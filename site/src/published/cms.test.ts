import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STAND_IN_BUILD_KEY, standInCms } from '../testing/standInCms'

// A stand-in for the CMS's REST API over real HTTP: 1,201 published legal documents whose order (by the sort asked
// for) is not their id order, and one (id 42) unpublished between the build's id list and its read of the documents.
const ORDER = Array.from({ length: 1201 }, (_, i) => ((i * 7919) % 1201) + 1)
const asked: string[] = []
const encodings = new Set<string | undefined>()
/** The `authorization` header of each path asked for. */
const keys = new Map<string, string | undefined>()
let atOnce = 0
let mostAtOnce = 0
let standIn: Awaited<ReturnType<typeof standInCms>>
let cms: typeof import('./cms')

beforeAll(async () => {
  standIn = await standInCms((req, res) => {
    const url = new URL(req.url!, 'http://cms')
    keys.set(url.pathname, req.headers.authorization)
    if (!url.pathname.startsWith('/api/legal-documents')) {
      const body = url.pathname.startsWith('/api/feedback/track/') ? { code: 'GY-2026-000001', status: 'moi', history: [] } : { id: 1 }
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    }
    asked.push(decodeURIComponent(url.search))
    encodings.add(req.headers['accept-encoding'])
    atOnce++
    mostAtOnce = Math.max(mostAtOnce, atOnce)
    setTimeout(() => {
      atOnce--
      const send = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
      if (url.searchParams.get('select[id]') === 'true') return send({ docs: ORDER.map((id) => ({ id })) })
      const ids = url.searchParams.get('where[id][in]')!.split(',').map(Number)
      send({ docs: ids.filter((id) => id !== 42).sort((a, b) => a - b).map((id) => ({ id, title: { vi: `Văn bản ${id}`, en: `Document ${id}` } })) })
    }, 20)
  })
  cms = await import('./cms')
})

afterAll(() => standIn.close())

describe('listPublished', () => {
  it('reads the sorted ids, then the documents 500 ids a request, two at a time, and keeps the sorted order', async () => {
    const docs = await cms.listPublished('legal-documents', '-issuedDate', { locale: 'all' })
    expect(asked[0]).toBe('?pagination=false&select[id]=true&depth=0&sort=-issuedDate')
    const reads = asked.slice(1)
    expect(reads.map((query) => new URLSearchParams(query).get('where[id][in]')!.split(',').length)).toEqual([500, 500, 201])
    expect(reads.every((query) => query.includes('depth=1') && query.includes('locale=all') && query.includes('populate[legal-documents][title]=true'))).toBe(true)
    expect(mostAtOnce).toBe(2)
    // Uncompressed: the CMS is beside the site, and gzip is CPU on both sides for nothing.
    expect([...encodings]).toEqual(['identity'])
    // Unpublished meanwhile: left out; everything else in the CMS's order, not in the order the reads came back.
    expect(docs.map((doc) => doc.id)).toEqual(ORDER.filter((id) => id !== 42))
  })
})

describe('credentials', () => {
  it("reads published content with the build's key, and looks feedback up with the site's key", async () => {
    await cms.getSiteSettings()
    await cms.findPublished('news', 1)
    await cms.findPublishedMany('procedures', [1, 2])
    await cms.trackFeedback('GY-2026-000001')
    const build = `users API-Key ${STAND_IN_BUILD_KEY}`
    for (const path of ['/api/legal-documents', '/api/globals/site-settings', '/api/news/1', '/api/procedures']) expect(keys.get(path), path).toBe(build)
    expect(keys.get('/api/feedback/track/GY-2026-000001')).toMatch(/^users API-Key /)
    expect(keys.get('/api/feedback/track/GY-2026-000001')).not.toBe(build)
  })
})
