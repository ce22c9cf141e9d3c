import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { guardResponse } from './guardResponse'

let server: http.Server | undefined
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

/** A real server whose handler, behind the guard, answers like Astro's: head and headers in one `writeHead`. */
async function serve(hsts: boolean, handler: (res: http.ServerResponse) => void): Promise<string> {
  server = http.createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]!
    if (guardResponse(req, res, pathname, { hsts, hstsMaxAge: 600 })) handler(res)
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`
}

describe('guardResponse', () => {
  it('puts the security headers on every answer and keeps a page’s own policy beside the framing one', async () => {
    const base = await serve(false, (res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "default-src 'self'; script-src 'self' 'sha256-x'" })
      res.end('<p>ok</p>')
    })
    const res = await fetch(`${base}/gop-y`)
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('permissions-policy')).toContain('camera=()')
    expect(res.headers.get('strict-transport-security')).toBeNull()
    const csp = res.headers.get('content-security-policy')!
    expect(csp).toContain("script-src 'self' 'sha256-x'")
    expect(csp).toContain("frame-ancestors 'none'")
  })

  it('cuts the answers that hold a citizen\'s data off from other windows (COOP), and only those', async () => {
    const base = await serve(false, (res) => res.end('ok'))
    // Published pages: no Cross-Origin-Opener-Policy (it would cost every visit from another site a fresh process).
    for (const path of ['/', '/thu-tuc', '/gop-y', '/tra-cuu-gop-y', '/gop-y/da-gui', '/tim-kiem']) expect((await fetch(`${base}${path}`)).headers.get('cross-origin-opener-policy'), path).toBeNull()
    // A look-up's result, the feedback form given back with what was typed, the preview of drafts.
    expect((await fetch(`${base}/tra-cuu-gop-y`, { method: 'POST' })).headers.get('cross-origin-opener-policy')).toBe('same-origin')
    expect((await fetch(`${base}/api/feedback`, { method: 'POST' })).headers.get('cross-origin-opener-policy')).toBe('same-origin')
    expect((await fetch(`${base}/xem-truoc?token=x`)).headers.get('cross-origin-opener-policy')).toBe('same-origin')
  })

  it('with HSTS on (an https SITE_URL): Strict-Transport-Security, and cookies marked Secure', async () => {
    const base = await serve(true, (res) => {
      res.setHeader('set-cookie', ['a=1; Path=/', 'b=2; Secure'])
      res.writeHead(200, { 'set-cookie': 'c=3; HttpOnly' })
      res.end()
    })
    const res = await fetch(`${base}/`)
    expect(res.headers.get('strict-transport-security')).toBe('max-age=600')
    expect(res.headers.getSetCookie()).toEqual(['c=3; HttpOnly; Secure'])
  })

  it('answers a method the path does not take with 405 and Allow, OPTIONS with 204, and lets the others through', async () => {
    const base = await serve(false, (res) => res.end('page'))
    for (const method of ['PUT', 'DELETE', 'PATCH', 'PROPFIND', 'POST']) {
      const res = await fetch(`${base}/thu-tuc`, { method })
      expect(res.status, method).toBe(405)
      expect(res.headers.get('allow')).toBe('GET, HEAD')
      expect(await res.text()).toContain('không được hỗ trợ')
    }
    // fetch refuses to send TRACE; plain HTTP does.
    const trace = await new Promise<http.IncomingMessage>((resolve, reject) => http.request(`${base}/gop-y`, { method: 'TRACE' }, resolve).on('error', reject).end())
    expect(trace.statusCode).toBe(405)
    expect(trace.headers.allow).toBe('GET, HEAD')
    trace.resume()
    expect((await fetch(`${base}/api/feedback`)).headers.get('allow')).toBe('POST')
    const options = await fetch(`${base}/api/search`, { method: 'OPTIONS' })
    expect(options.status).toBe(204)
    expect(options.headers.get('allow')).toBe('GET, HEAD')
    expect(await (await fetch(`${base}/thu-tuc`)).text()).toBe('page')
    expect((await fetch(`${base}/api/feedback`, { method: 'POST', body: '{}' })).status).toBe(200)
  })
})
