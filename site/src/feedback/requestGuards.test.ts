import { describe, expect, it } from 'vitest'
import { clientAddress, isCrossOrigin, parseBody, parseFields, readLimited } from './requestGuards'

const site = 'http://localhost:4321'
const post = (headers: Record<string, string>, body: BodyInit = '') => new Request(`${site}/api/feedback`, { method: 'POST', headers, body })

describe('isCrossOrigin', () => {
  it('refuses other sites by Origin or Sec-Fetch-Site, JSON included', () => {
    expect(isCrossOrigin(post({ origin: 'https://evil.example', 'content-type': 'application/json' }), site)).toBe(true)
    expect(isCrossOrigin(post({ 'sec-fetch-site': 'cross-site' }), site)).toBe(true)
    expect(isCrossOrigin(post({ 'sec-fetch-site': 'same-site', origin: 'http://sub.localhost:4321' }), site)).toBe(true)
    expect(isCrossOrigin(post({ origin: 'null' }), site)).toBe(true)
  })

  it('lets the site itself and non-browser clients through', () => {
    expect(isCrossOrigin(post({ origin: site, 'sec-fetch-site': 'same-origin' }), site)).toBe(false)
    expect(isCrossOrigin(post({}), site)).toBe(false)
  })
})

describe('readLimited', () => {
  it('stops at the limit, declared or streamed', async () => {
    expect(await readLimited(post({ 'content-length': '20000' }, 'x'), 16 * 1024)).toEqual({ ok: false, tooLarge: true })
    expect(await readLimited(post({}, 'x'.repeat(17 * 1024)), 16 * 1024)).toEqual({ ok: false, tooLarge: true })
    const ok = await readLimited(post({}, 'hello'), 16)
    expect(ok.ok && Buffer.from(ok.bytes).toString()).toBe('hello')
  })
})

describe('parseFields', () => {
  const bytes = (s: string | number[]) => (typeof s === 'string' ? new TextEncoder().encode(s) : new Uint8Array(s))

  it('reads urlencoded, multipart and JSON objects', async () => {
    expect(await parseFields(bytes('name=Nguy%E1%BB%85n&name=second'), 'application/x-www-form-urlencoded')).toEqual({ name: 'Nguyễn' })
    const form = new FormData()
    form.set('title', 'Hộ chiếu')
    const req = new Request(site, { method: 'POST', body: form })
    const type = req.headers.get('content-type')!
    expect(await parseFields(new Uint8Array(await req.arrayBuffer()), type)).toEqual({ title: 'Hộ chiếu' })
    expect(await parseFields(bytes('{"a":1}'), 'application/json; charset=utf-8')).toEqual({ a: 1 })
  })

  it('refuses broken encodings, non-objects, files and unknown types', async () => {
    expect(await parseFields(bytes([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]), 'application/json')).toBeNull()
    expect(await parseFields(bytes('name=%C3%28'), 'application/x-www-form-urlencoded')).toBeNull()
    expect(await parseFields(bytes('name=%E0%A4%A'), 'application/x-www-form-urlencoded')).toBeNull()
    expect(await parseFields(bytes('[1,2]'), 'application/json')).toBeNull()
    expect(await parseFields(bytes('{"a":'), 'application/json')).toBeNull()
    expect(await parseFields(bytes('--x\r\nbroken'), 'multipart/form-data; boundary=x')).toBeNull()
    const form = new FormData()
    form.set('file', new Blob(['%PDF']), 'a.pdf')
    const req = new Request(site, { method: 'POST', body: form })
    expect(await parseFields(new Uint8Array(await req.arrayBuffer()), req.headers.get('content-type')!)).toBeNull()
    expect(await parseFields(bytes('a=1'), 'text/plain')).toBeNull()
  })
})

describe('parseBody', () => {
  const multipart = async (build: (form: FormData) => void) => {
    const form = new FormData()
    build(form)
    const req = new Request(site, { method: 'POST', body: form })
    return parseBody(new Uint8Array(await req.arrayBuffer()), req.headers.get('content-type')!, 'attachments')
  }

  it('separates the text from the files of the file field, and ignores an empty file input', async () => {
    const parsed = await multipart((form) => {
      form.set('title', 'Hộ chiếu')
      form.append('attachments', new Blob(['%PDF-1.4']), 'don.pdf')
      form.append('attachments', new Blob([new Uint8Array([0x89, 0x50])]), 'anh.png')
      form.append('attachments', new Blob([]), '')
    })
    expect(parsed?.fields).toEqual({ title: 'Hộ chiếu' })
    expect(parsed?.files.map((f) => [f.name, f.bytes.byteLength])).toEqual([['don.pdf', 8], ['anh.png', 2]])
    expect(parsed?.textBytes).toBe(Buffer.byteLength('titleHộ chiếu'))
  })

  it('refuses files in any other field', async () => {
    expect(await multipart((form) => form.append('content', new Blob(['x']), 'x.pdf'))).toBeNull()
  })
})

describe('clientAddress', () => {
  const context = (xff?: string) => ({ request: post(xff ? { 'x-forwarded-for': xff } : {}), clientAddress: '10.0.0.1' })
  it('uses the socket unless a proxy is trusted, then the entry the proxy added', () => {
    expect(clientAddress(context('1.1.1.1'), false)).toBe('10.0.0.1')
    expect(clientAddress(context('6.6.6.6, 1.1.1.1'), true)).toBe('1.1.1.1')
    expect(clientAddress(context(), true)).toBe('10.0.0.1')
  })
})
