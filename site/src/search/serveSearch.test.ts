import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { siteConfig } from '../config'
import { searchFromUrl } from './searchPage'
import { serveSearch } from './serveSearch'

/** A GET to the server through one loopback address, answered with its status, headers and body. */
function get(port: number, host: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    http
      .get({ host, port, path, headers, agent: false }, (res) => {
        let body = ''
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
      })
      .on('error', reject)
  })
}

describe('the per-address search limit', () => {
  let server: http.Server
  let port: number
  let seenAddress = ''
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seenAddress = req.socket.remoteAddress ?? ''
      void serveSearch(req, res)
    })
    await new Promise<void>((resolve) => server.listen(0, '::', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('answers 429 with the wait in Vietnamese once one address sends more searches a minute than allowed, and serves other addresses', async () => {
    const limit = siteConfig.SEARCH_REQUESTS_PER_MINUTE
    expect(limit).toBeGreaterThan(0)
    // Malformed searches count too (they are answered 400 without touching the index), so the flood is cheap to send.
    for (let i = 0; i < limit; i++) expect((await get(port, '127.0.0.1', '/api/search?limit=x')).status).toBe(400)
    // A forged X-Forwarded-For does not make a new client while the site does not sit behind a trusted proxy.
    const refused = await get(port, '127.0.0.1', '/api/search?q=ho+chieu', { 'x-forwarded-for': '203.0.113.9' })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    expect(JSON.parse(refused.body).error).toMatch(/^Bạn đã tìm kiếm quá nhiều lần trong một phút; vui lòng thử lại sau \d+ giây/)
    // The search page counts against the same share.
    const page = await searchFromUrl(new URL('http://site/tim-kiem?q=ho+chieu'), 'vi', seenAddress)
    expect(page.limited).toBeGreaterThan(0)
    expect(page.result).toBeUndefined()
    // Another address is not held back by the first one's flood.
    expect((await get(port, '::1', '/api/search?limit=x')).status).toBe(400)
  })
})
