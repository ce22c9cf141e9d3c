import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardResponse } from '../security/guardResponse'
import { precompressFolder } from './precompress'
import { servePrecompressed, type StaticOutcome } from './servePrecompressed'

const html = (title: string) => `<!doctype html><html lang="vi"><title>${title}</title>${'<p>Thủ tục cấp hộ chiếu phổ thông</p>'.repeat(80)}</html>`

let dir: string
let base: string
let server: http.Server
/** What the static layer decided for each request; anything but 'answered' is answered here as the build's handler would. */
const outcomes: StaticOutcome[] = []

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-static-'))
  fs.mkdirSync(path.join(dir, 'thu-tuc'))
  fs.mkdirSync(path.join(dir, '_astro'))
  fs.writeFileSync(path.join(dir, 'thu-tuc', 'index.html'), html('Thủ tục'))
  fs.writeFileSync(path.join(dir, '404.html'), html('Không tìm thấy'))
  fs.writeFileSync(path.join(dir, '_astro', 'site.css'), 'body{margin:0}\n'.repeat(200))
  fs.writeFileSync(path.join(dir, 'small.html'), '<p>nhỏ</p>')
  fs.writeFileSync(path.join(dir, 'stale.html'), html('Cũ'))
  await precompressFolder(dir)
  // A copy older than its file: the file was replaced after the copy was made (by hand, or a copy of the folder).
  const later = new Date(Date.now() + 60_000)
  fs.utimesSync(path.join(dir, 'stale.html'), later, later)
  fs.writeFileSync(path.join(os.tmpdir(), 'congkhai-static-secret.html'), html('bí mật'))

  server = http.createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]!
    if (!guardResponse(req, res, pathname, { hsts: false, hstsMaxAge: 0 })) return
    servePrecompressed(req, res, dir).then((outcome) => {
      outcomes.push(outcome)
      if (outcome !== 'answered') res.writeHead(outcome === 'file' ? 200 : 404, { 'content-type': 'text/plain' }).end(`handler: ${outcome}`)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  fs.rmSync(dir, { recursive: true, force: true })
  fs.rmSync(path.join(os.tmpdir(), 'congkhai-static-secret.html'), { force: true })
})

/** A request on node:http, which leaves bodies as they were sent (fetch would decode them). */
function get(pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer; outcome?: StaticOutcome }> {
  const before = outcomes.length
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${pathname}`, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), outcome: outcomes[before] }))
    })
    req.on('error', reject)
    req.end()
  })
}

const page = () => fs.readFileSync(path.join(dir, 'thu-tuc', 'index.html'))

describe('servePrecompressed', () => {
  it('sends the brotli copy to a client that takes brotli, as the page with its own length and tag', async () => {
    const res = await get('/thu-tuc', { 'accept-encoding': 'gzip, deflate, br' })
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.headers.vary).toBe('Accept-Encoding')
    expect(Number(res.headers['content-length'])).toBe(res.body.byteLength)
    expect(res.body.byteLength).toBeLessThan(page().byteLength / 4)
    expect(zlib.brotliDecompressSync(res.body).equals(page())).toBe(true)
    expect(res.headers.etag).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+-br"$/)
    expect(res.headers['cache-control']).toBe('public, max-age=0')
    // The security headers stay on a compressed answer.
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect((await get('/thu-tuc/', { 'accept-encoding': 'br' })).headers['content-encoding']).toBe('br')
    expect((await get('/thu-tuc/index.html?x=1', { 'accept-encoding': 'br' })).headers['content-encoding']).toBe('br')
  })

  it('sends the gzip copy when brotli is not taken, with another tag', async () => {
    const br = await get('/thu-tuc', { 'accept-encoding': 'br' })
    const res = await get('/thu-tuc', { 'accept-encoding': 'gzip, br;q=0' })
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(res.body).equals(page())).toBe(true)
    expect(res.headers.etag).toMatch(/-gzip"$/)
    expect(res.headers.etag).not.toBe(br.headers.etag)
  })

  it('leaves the file to the build’s handler when no coding is taken, saying that the answer varies', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'deflate' }] as Record<string, string>[]) {
      const res = await get('/thu-tuc', headers)
      expect(res.outcome).toBe('file')
      expect(res.headers['content-encoding']).toBeUndefined()
      expect(res.headers.vary).toBe('Accept-Encoding')
    }
  })

  it('leaves a range to the build’s handler, over the file itself', async () => {
    const res = await get('/thu-tuc', { 'accept-encoding': 'br', range: 'bytes=0-99' })
    expect(res.outcome).toBe('file')
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.headers.vary).toBe('Accept-Encoding')
  })

  it('answers HEAD with the headers of the GET and no body', async () => {
    const get200 = await get('/thu-tuc', { 'accept-encoding': 'br' })
    const head = await get('/thu-tuc', { 'accept-encoding': 'br' }, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.byteLength).toBe(0)
    expect(head.headers['content-encoding']).toBe('br')
    expect(head.headers['content-length']).toBe(get200.headers['content-length'])
    expect(head.headers.etag).toBe(get200.headers.etag)
  })

  it('answers 304 to a revalidation of the same copy, 200 with the other coding', async () => {
    const first = await get('/thu-tuc', { 'accept-encoding': 'br' })
    const again = await get('/thu-tuc', { 'accept-encoding': 'br', 'if-none-match': first.headers.etag! })
    expect(again.status).toBe(304)
    expect(again.body.byteLength).toBe(0)
    expect(again.headers.etag).toBe(first.headers.etag)
    expect(again.headers.vary).toBe('Accept-Encoding')
    const other = await get('/thu-tuc', { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag! })
    expect(other.status).toBe(200)
    expect(other.headers['content-encoding']).toBe('gzip')
    expect((await get('/thu-tuc', { 'accept-encoding': 'br', 'if-modified-since': first.headers['last-modified']! })).status).toBe(304)
  })

  it('never sends a copy older than its file', async () => {
    const res = await get('/stale.html', { 'accept-encoding': 'br, gzip' })
    expect(res.outcome).toBe('file')
    expect(res.headers['content-encoding']).toBeUndefined()
  })

  it('sends fingerprinted assets compressed, cached for a year; small files as they are', async () => {
    const css = await get('/_astro/site.css', { 'accept-encoding': 'br' })
    expect(css.headers['content-encoding']).toBe('br')
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8')
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const small = await get('/small.html', { 'accept-encoding': 'br' })
    expect(small.outcome).toBe('file')
    expect(small.headers.vary).toBeUndefined()
  })

  it('answers a URL naming a copy itself with the 404 page, never the copy', async () => {
    for (const url of ['/thu-tuc/index.html.br', '/thu-tuc/index.html.gz', '/_astro/site.css.br']) {
      const plain = await get(url)
      expect(plain.status, url).toBe(404)
      expect(plain.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(plain.body.toString()).toContain('Không tìm thấy')
      const br = await get(url, { 'accept-encoding': 'br' })
      expect(br.status).toBe(404)
      expect(br.headers['content-encoding']).toBe('br')
      expect(zlib.brotliDecompressSync(br.body).toString()).toContain('Không tìm thấy')
    }
  })

  it('finds nothing outside the build folder, in dot files, or where there is no file', async () => {
    for (const url of ['/%2e%2e/congkhai-static-secret.html', '/..%2fcongkhai-static-secret.html', '/.hidden', '/tim-kiem', '/thu-tuc/index.html/', '/%E0%A4%A']) {
      const res = await get(url, { 'accept-encoding': 'br' })
      expect(res.outcome, url).toBe('none')
      expect(res.body.toString(), url).toBe('handler: none')
    }
  })
})
