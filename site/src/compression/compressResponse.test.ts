import http from 'node:http'
import type { AddressInfo } from 'node:net'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardResponse } from '../security/guardResponse'
import { compressResponse } from './compressResponse'

const html = '<!doctype html><html lang="vi"><p>Kết quả tìm kiếm: hộ chiếu phổ thông</p></html>'.repeat(40)
const json = JSON.stringify({ hits: Array.from({ length: 30 }, (_, i) => ({ id: i, title: `Cấp hộ chiếu phổ thông ${i}` })) })
/** Several hundred kilobytes in many writes, as a long streamed page comes. */
const long = Array.from({ length: 8000 }, (_, i) => `<li>Văn bản số ${i}/2026/QĐ-UBND về thủ tục hành chính</li>`)

/** Handlers writing their answers the ways the site server's do: Astro's (writeHead, writes, end), serveSearch's, send's. */
const handlers: Record<string, (res: http.ServerResponse) => void> = {
  '/page': (res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "default-src 'self'; script-src 'self' 'sha256-x'" })
    res.write(html.slice(0, 100))
    res.write(Buffer.from(html.slice(100, 2000)))
    res.end(html.slice(2000))
  },
  '/json': (res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json), etag: '"abc"' }).end(json)
  },
  '/small': (res) => res.writeHead(200, { 'content-type': 'text/html', 'content-length': 9 }).end('<p>ok</p>'),
  '/png': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(4096)),
  '/encoded': (res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(zlib.gzipSync(html)),
  '/no-transform': (res) => res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-transform' }).end(html),
  '/long': (res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    for (const line of long) res.write(line)
    res.end()
  },
  '/not-found': (res) => {
    res.statusCode = 404
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.end(html)
  },
  '/api/feedback': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html),
  // Astro's handler when rendering fails half-way: an error text if nothing was sent yet, the connection cut otherwise.
  '/fails': (res) => {
    res.writeHead(200, { 'content-type': 'text/html' })
    res.write(html)
    if (!res.headersSent) {
      res.statusCode = 500
      res.end('Internal Server Error')
    } else res.destroy()
  },
}

let base: string
let server: http.Server
beforeAll(async () => {
  server = http.createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]!
    if (!guardResponse(req, res, pathname, { hsts: false, hstsMaxAge: 0 })) return
    compressResponse(req, res)
    // As Astro's handler, a tick later.
    setImmediate(() => handlers[pathname]!(res))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

/** A request on node:http, which leaves bodies as they were sent (fetch would decode them). */
function get(pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${pathname}`, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('compressResponse', () => {
  it('compresses a page written in pieces, keeping its headers and the security ones', async () => {
    const res = await get('/page', { 'accept-encoding': 'gzip, deflate, br' })
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers.vary).toBe('Accept-Encoding')
    expect(Number(res.headers['content-length'])).toBe(res.body.byteLength)
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(html)
    expect(res.headers['content-type']).toBe('text/html')
    // The page's own policy, and the framing one the guard adds beside it.
    expect(res.headers['content-security-policy']).toContain("'sha256-x'")
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(res.headers['x-frame-options']).toBe('DENY')
  })

  it('compresses JSON with gzip when brotli is not taken, with its length and a tag of its own', async () => {
    const res = await get('/json', { 'accept-encoding': 'gzip' })
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(Number(res.headers['content-length'])).toBe(res.body.byteLength)
    expect(res.headers.etag).toBe('"abc-gzip"')
    expect(zlib.gunzipSync(res.body).toString()).toBe(json)
    const head = await get('/json', { 'accept-encoding': 'gzip' }, 'HEAD')
    expect(head.body.byteLength).toBe(0)
    expect(head.headers['content-encoding']).toBe('gzip')
    expect(head.headers['content-length']).toBe(res.headers['content-length'])
  })

  it('sends the body as it is to a client that takes no coding, saying the answer varies', async () => {
    const res = await get('/json')
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.headers.vary).toBe('Accept-Encoding')
    expect(res.headers.etag).toBe('"abc"')
    expect(res.body.toString()).toBe(json)
  })

  it('leaves small, binary, already encoded and no-transform answers alone', async () => {
    const small = await get('/small', { 'accept-encoding': 'br' })
    expect(small.headers['content-encoding']).toBeUndefined()
    expect(small.headers.vary).toBeUndefined()
    expect(small.body.toString()).toBe('<p>ok</p>')
    const png = await get('/png', { 'accept-encoding': 'br' })
    expect(png.headers['content-encoding']).toBeUndefined()
    expect(png.body.byteLength).toBe(4096)
    const encoded = await get('/encoded', { 'accept-encoding': 'br' })
    expect(encoded.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(encoded.body).toString()).toBe(html)
    const kept = await get('/no-transform', { 'accept-encoding': 'br' })
    expect(kept.headers['content-encoding']).toBeUndefined()
    expect(kept.body.toString()).toBe(html)
  })

  it('leaves ranges and answers to posts alone', async () => {
    const range = await get('/page', { 'accept-encoding': 'br', range: 'bytes=0-10' })
    expect(range.headers['content-encoding']).toBeUndefined()
    const post = await get('/api/feedback', { 'accept-encoding': 'br' }, 'POST')
    expect(post.status).toBe(200)
    expect(post.headers['content-encoding']).toBeUndefined()
    expect(post.body.toString()).toBe(html)
  })

  it('streams a long answer through the compressor', async () => {
    const res = await get('/long', { 'accept-encoding': 'br' })
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers['content-length']).toBeUndefined()
    expect(res.headers['transfer-encoding']).toBe('chunked')
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(long.join(''))
  })

  it('cuts an answer that fails half-way, as without compression, rather than send it whole', async () => {
    await expect(get('/fails', { 'accept-encoding': 'br' })).rejects.toThrow(/socket hang up|aborted|ECONNRESET/)
  })

  it('compresses an answer whose status and headers were set without writeHead', async () => {
    const res = await get('/not-found', { 'accept-encoding': 'gzip' })
    expect(res.status).toBe(404)
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(res.body).toString()).toBe(html)
  })
})
