import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { expect, test } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { adminHeaders, decoded, published, rawRequest } from './support'

/** A request straight to the Node site server (no nginx), the body as it was sent. */
const raw = (url: string, headers: Record<string, string> = {}, method = 'GET') => rawRequest(new URL(url, e2eEnv.SITE_URL), headers, method)

test.beforeAll(async ({ request }) => published(request))

test('the Node site server sends a page’s brotli copy to a client that takes brotli: the same page, with Vary and its own tag', async () => {
  const identity = await raw('/thu-tuc')
  const br = await raw('/thu-tuc', { 'accept-encoding': 'br' })
  expect(br.status).toBe(200)
  expect(br.headers['content-encoding']).toBe('br')
  expect(br.headers.vary).toMatch(/Accept-Encoding/i)
  expect(identity.headers.vary).toMatch(/Accept-Encoding/i)
  expect(decoded(br).equals(identity.body)).toBe(true)
  expect(br.body.byteLength).toBeLessThan(identity.body.byteLength / 3)
  expect(Number(br.headers['content-length'])).toBe(br.body.byteLength)
  expect(br.headers['content-type']).toBe(identity.headers['content-type'])
  expect(br.headers.etag).toBeTruthy()
  expect(br.headers.etag).not.toBe(identity.headers.etag)
  // The security headers are on the compressed answer too.
  expect(br.headers['x-frame-options']).toBe('DENY')
  expect(br.headers['content-security-policy']).toContain("frame-ancestors 'none'")

  const gzip = await raw('/en/thu-tuc', { 'accept-encoding': 'gzip' })
  expect(gzip.headers['content-encoding']).toBe('gzip')
  expect(decoded(gzip).equals((await raw('/en/thu-tuc')).body)).toBe(true)
  expect(gzip.headers.etag).toMatch(/-gzip"$/)

  const head = await raw('/thu-tuc', { 'accept-encoding': 'br' }, 'HEAD')
  expect(head.body.byteLength).toBe(0)
  expect(head.headers['content-length']).toBe(br.headers['content-length'])
  expect((await raw('/thu-tuc', { 'accept-encoding': 'br', 'if-none-match': br.headers.etag! })).status).toBe(304)

  // A range is a range of the page itself.
  const range = await raw('/thu-tuc', { 'accept-encoding': 'br', range: 'bytes=0-99' })
  expect(range.status).toBe(206)
  expect(range.headers['content-encoding']).toBeUndefined()
  expect(range.body.equals(identity.body.subarray(0, 100))).toBe(true)
})

test('a precompressed copy is not an address of its own: the 404 page', async () => {
  for (const url of ['/thu-tuc/index.html.br', '/thu-tuc/index.html.gz', '/index.html.br']) {
    const answer = await raw(url)
    expect(answer.status, url).toBe(404)
    expect(answer.headers['content-type']).toMatch(/^text\/html/)
    expect(answer.body.toString()).toContain('<html lang="vi"')
  }
})

test('search, the search page and the feedback form are compressed as they are answered', async () => {
  const api = await raw('/api/search?q=ho+chieu', { 'accept-encoding': 'gzip, deflate, br' })
  expect(api.status).toBe(200)
  expect(api.headers['content-encoding']).toBe('br')
  expect(api.headers.vary).toMatch(/Accept-Encoding/i)
  expect(api.headers['content-type']).toMatch(/^application\/json/)
  // The same answer as without compression, but for the time the search took.
  const withoutTime = (body: Buffer) => ({ ...(JSON.parse(body.toString()) as { hits: unknown[] }), took: 0 })
  const answer = withoutTime(decoded(api))
  expect(answer.hits.length).toBeGreaterThan(0)
  expect(answer).toEqual(withoutTime((await raw('/api/search?q=ho+chieu')).body))

  const page = await raw(`/tim-kiem?q=${encodeURIComponent('hộ chiếu')}`, { 'accept-encoding': 'gzip' })
  expect(page.headers['content-encoding']).toBe('gzip')
  expect(decoded(page).toString()).toContain('<mark')
  // The on-demand page's own policy (with its script hashes) is kept beside the framing one.
  expect(page.headers['content-security-policy']).toMatch(/script-src/)

  const form = await raw('/gop-y', { 'accept-encoding': 'br' })
  expect(form.headers['content-encoding']).toBe('br')
  expect(decoded(form).toString()).toContain('<form')
  const notFound = await raw('/khong-co-trang-nay', { 'accept-encoding': 'br' })
  expect(notFound.status).toBe(404)
  expect(decoded(notFound).toString()).toContain('<html lang="vi"')
})

test('after an incremental publish, a page’s brotli and gzip copies are the new page', async ({ request }) => {
  test.setTimeout(5 * 60_000)
  const headers = await adminHeaders(request)
  const { docs } = (await (await request.get(`${e2eEnv.CMS_URL}/api/procedures?limit=1&sort=code`)).json()) as { docs: { id: number; code: string; name: string }[] }
  const procedure = docs[0]!
  const url = `/thu-tuc/${procedure.code}`
  const before = await raw(url, { 'accept-encoding': 'br' })
  expect(before.headers['content-encoding']).toBe('br')
  const marker = `(nén ${Date.now() % 100000})`
  try {
    expect((await request.patch(`${e2eEnv.CMS_URL}/api/procedures/${procedure.id}`, { headers, data: { name: `${procedure.name} ${marker}` } })).ok()).toBeTruthy()
    await published(request)
    const identity = await raw(url)
    expect(identity.body.toString()).toContain(marker)
    for (const encoding of ['br', 'gzip']) {
      const answer = await raw(url, { 'accept-encoding': encoding })
      expect(answer.headers['content-encoding']).toBe(encoding)
      expect(decoded(answer).equals(identity.body), `${encoding} copy of ${url}`).toBe(true)
    }
    const file = path.join(e2eEnv.BUILDS_DIR, 'current', 'client', 'thu-tuc', procedure.code, 'index.html')
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${file}.br`)).equals(fs.readFileSync(file))).toBe(true)
    expect(zlib.gunzipSync(fs.readFileSync(`${file}.gz`)).equals(fs.readFileSync(file))).toBe(true)
  } finally {
    await request.patch(`${e2eEnv.CMS_URL}/api/procedures/${procedure.id}`, { headers, data: { name: procedure.name } })
    await published(request)
  }
})
