import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { refuseUnservedMethods } from './refuseUnservedMethods'

let server: http.Server
let port: number

beforeAll(async () => {
  refuseUnservedMethods({ hsts: false })
  server = http.createServer((_req, res) => res.end('served'))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** One request by Node's http client, which (unlike fetch) sends any method, as curl and an attacker would. */
function send(method: string): Promise<{ status: number; allow?: string; csp?: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: '/api/news' }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, csp: res.headers['content-security-policy'] as string | undefined }))
    })
    req.on('error', reject)
    req.end()
  })
}

it('TRACE and PROPFIND get 405 with Allow and the protection headers; the methods the CMS serves go through', async () => {
  for (const method of ['TRACE', 'PROPFIND']) {
    const res = await send(method)
    expect(res.status).toBe(405)
    expect(res.allow).toContain('GET')
    expect(res.csp).toContain("frame-ancestors 'none'")
  }
  expect((await send('GET')).status).toBe(200)
  expect((await send('DELETE')).status).toBe(200)
})
