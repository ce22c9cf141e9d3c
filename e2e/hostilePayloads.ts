/**
 * Generated malformed and malicious submissions for `/api/feedback`: wrong types, huge fields, broken encodings,
 * script injection, prototype tricks and header tricks. Deterministic (seeded), so a failure can be replayed.
 */
import { sampleFiles } from '@congkhai/cms/testing'
import { random } from './support'

export interface HostilePayload {
  name: string
  headers: Record<string, string>
  body: string | Buffer | Record<string, unknown>
  /** A filled honeypot: answered like a success but stored nowhere. */
  trap?: boolean
}

/** Markup that would show itself (a `data-xss` element, `window.__xss`, a dialog) if it were ever rendered. */
export const INJECTIONS = [
  '<img src=x onerror="window.__xss=1" data-xss>',
  '<script>window.__xss=1;alert(1)</script>',
  '"><svg data-xss onload=alert(1)>',
  "'><iframe data-xss src=javascript:alert(1)>",
  '<a data-xss href="javascript:alert(1)">bấm vào đây</a>',
  '<details data-xss open ontoggle=alert(1)>',
  '{{7*7}} ${7*7} <%= 7*7 %>',
  "'; DROP TABLE feedback; --",
  '<style>body{display:none}</style><b data-xss>đậm</b>',
  '&lt;script&gt;alert(1)&lt;/script&gt; &#60;img data-xss&#62;',
  '\u202egnp.exe\u202c tệp \u200b\u200d ẩn',
  '<!--', ']]><x data-xss>',
  'Ông A\u0301 Hoà Hòa 🇻🇳 👍🏽 𝓗𝓸𝓪',
]

const FIELDS = ['kind', 'name', 'email', 'phone', 'address', 'procedure', 'procedureText', 'title', 'content', 'consent', 'formToken', 'website', 'locale']

const WRONG_VALUES: unknown[] = [
  null, 0, -1, 1e308, true, false, [], ['a'], {}, { $ne: null }, { toString: 'x' }, 'x'.repeat(6000), '', '   ',
  '\u0000', '\ud800', 'a\u0000b', '\u001b[31mred', Number.MAX_SAFE_INTEGER, [[[[[[]]]]]],
]

const deep = (n: number): unknown => (n === 0 ? 'đáy' : { a: deep(n - 1) })

function base(token: string, rand: () => number, i: number): Record<string, unknown> {
  return {
    kind: ['gop-y', 'phan-anh', 'kien-nghi', 'hoi-dap'][i % 4],
    name: `Người thử ${i}`,
    email: `thu${i}@example.vn`,
    title: `Tiêu đề thử nghiệm số ${i}`,
    content: `Nội dung thử nghiệm số ${i}, đủ dài để vượt qua kiểm tra độ dài tối thiểu. ${rand()}`,
    consent: true,
    formToken: token,
  }
}

const urlencode = (fields: Record<string, unknown>) =>
  Object.entries(fields).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&')

function multipart(fields: Record<string, unknown>, boundary = '----congkhai-hostile'): Buffer {
  const parts = Object.entries(fields).map(([k, v]) => `--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${String(v)}\r\n`)
  return Buffer.from(`${parts.join('')}--${boundary}--\r\n`)
}

interface Part {
  name: string
  filename: string
  type?: string
  bytes: Uint8Array
}

/** A multipart body with files; names and types are written as given, however broken. */
function multipartWithFiles(fields: Record<string, unknown>, files: Part[], boundary = '----congkhai-hostile'): Buffer {
  const text = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${String(v)}\r\n`))
  const parts = files.map((f) => Buffer.concat([
    Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${f.name}"; filename="${f.filename}"\r\n${f.type === undefined ? '' : `content-type: ${f.type}\r\n`}\r\n`),
    f.bytes,
    Buffer.from('\r\n'),
  ]))
  return Buffer.concat([...text, ...parts, Buffer.from(`--${boundary}--\r\n`)])
}

// No double quote in them: it would end the multipart header's quoted name (and the file would be refused instead).
const FILE_NAMES = ['<img src=x onerror=window.__xss=1 data-xss>.png', '../../../etc/passwd.png', 'C:\\Windows\\a.png', '\u202egnp.exe\u202c.png', 'ảnh chụp hồ sơ.png', '%00.png', '.png', 'a'.repeat(400) + '.png']

const JSON_TYPE = { 'content-type': 'application/json' }
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' }
const MULTIPART_TYPE = { 'content-type': 'multipart/form-data; boundary=----congkhai-hostile' }

/**
 * At least `count` hostile payloads built around valid form tokens (so that some pass validation and get stored), one
 * token a payload: a token is spent by the first submission it carries.
 */
export function hostilePayloads(tokens: string[], count: number): HostilePayload[] {
  let token = tokens[0]!
  const rand = random(20261127)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!
  const out: HostilePayload[] = []
  let i = 0
  const makers: (() => HostilePayload)[] = [
    // Valid submissions carrying markup in every text field: accepted and stored as text.
    () => {
      const inj = pick(INJECTIONS)
      const fields = { ...base(token, rand, i), title: `${inj} data-xss ${i}`.slice(0, 200), content: `${inj} ${inj} nội dung đủ dài ${i}`, name: `${inj}`.slice(0, 100), address: inj.slice(0, 300) }
      return { name: 'injection-json', headers: JSON_TYPE, body: fields }
    },
    () => {
      const inj = pick(INJECTIONS)
      return { name: 'injection-multipart', headers: MULTIPART_TYPE, body: multipart({ ...base(token, rand, i), consent: 'on', title: `${inj} data-xss`.slice(0, 200), content: `${inj} nội dung đủ dài để hợp lệ ${i}` }) }
    },
    () => ({ name: 'injection-urlencoded', headers: FORM_TYPE, body: urlencode({ ...base(token, rand, i), consent: 'on', content: `${pick(INJECTIONS)} nội dung đủ dài để hợp lệ ${i}` }) }),
    // Wrong types in one field.
    () => ({ name: 'wrong-type', headers: JSON_TYPE, body: { ...base(token, rand, i), [pick(FIELDS)]: pick(WRONG_VALUES) } }),
    // Huge fields: over the field limit (400) or over the body limit (413).
    () => ({ name: 'huge-field', headers: JSON_TYPE, body: { ...base(token, rand, i), [pick(FIELDS)]: 'Ạ'.repeat(Math.floor(rand() * 8000) + 200) } }),
    () => ({ name: 'huge-body', headers: FORM_TYPE, body: urlencode({ ...base(token, rand, i), content: 'x'.repeat(17_000 + Math.floor(rand() * 50_000)) }) }),
    // Broken encodings.
    () => ({ name: 'bad-utf8-json', headers: JSON_TYPE, body: Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('","title":"x"}')]) }),
    () => ({ name: 'bad-percent', headers: FORM_TYPE, body: `name=%E0%A4%A&title=%&content=${'%C3%28'.repeat(5)}` }),
    () => ({ name: 'bad-utf8-multipart', headers: MULTIPART_TYPE, body: Buffer.concat([Buffer.from('------congkhai-hostile\r\ncontent-disposition: form-data; name="title"\r\n\r\n'), Buffer.from([0xed, 0xa0, 0x80, 0xc0, 0xaf]), Buffer.from('\r\n------congkhai-hostile--\r\n')]) }),
    () => ({ name: 'broken-multipart', headers: MULTIPART_TYPE, body: '------congkhai-hostile\r\ncontent-disposition: form-data; name="title"\r\n\r\nkhông có kết thúc' }),
    () => ({ name: 'multipart-file', headers: MULTIPART_TYPE, body: Buffer.from('------congkhai-hostile\r\ncontent-disposition: form-data; name="file"; filename="a.pdf"\r\ncontent-type: application/pdf\r\n\r\n%PDF-1.4\r\n------congkhai-hostile--\r\n') }),
    () => ({ name: 'truncated-json', headers: JSON_TYPE, body: JSON.stringify(base(token, rand, i)).slice(0, Math.floor(rand() * 80)) }),
    () => ({ name: 'json-not-object', headers: JSON_TYPE, body: pick(['[]', '"chuỗi"', '42', 'null', 'true', '[{"name":"a"}]']) }),
    () => ({ name: 'deep-json', headers: JSON_TYPE, body: JSON.stringify({ ...base(token, rand, i), title: deep(500) }) }),
    () => ({ name: 'utf16-body', headers: { 'content-type': 'application/json; charset=utf-16' }, body: Buffer.from(JSON.stringify(base(token, rand, i)), 'utf16le') }),
    // Prototype and key tricks.
    () => ({ name: 'proto', headers: JSON_TYPE, body: `{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}},${JSON.stringify(base(token, rand, i)).slice(1)}` }),
    () => ({ name: 'proto-form', headers: FORM_TYPE, body: `__proto__[admin]=1&constructor[prototype][x]=1&${urlencode(base(token, rand, i))}` }),
    () => ({ name: 'duplicate-keys', headers: FORM_TYPE, body: `${urlencode(base(token, rand, i))}&title=<b data-xss>hai</b>&consent=on` }),
    // Header tricks.
    () => ({ name: 'type-mismatch', headers: JSON_TYPE, body: urlencode(base(token, rand, i)) }),
    () => ({ name: 'no-type', headers: {}, body: JSON.stringify(base(token, rand, i)) }),
    () => ({ name: 'odd-type', headers: { 'content-type': pick(['text/plain', 'application/xml', 'application/json-patch+json', 'multipart/form-data', 'application/x-www-form-urlencoded; charset=iso-8859-1', '*/*', 'application/JSON']) }, body: JSON.stringify(base(token, rand, i)) }),
    () => ({ name: 'spoofed-forwarded', headers: { ...JSON_TYPE, 'x-forwarded-for': pick(['127.0.0.1, <script>', 'unknown', '::1', '1.1.1.1,'.repeat(200), '', ' , , ']) }, body: { ...base(token, rand, i), title: 'x' } }),
    () => ({ name: 'origin-null', headers: { ...JSON_TYPE, origin: pick(['null', 'http://localhost:1', 'https://evil.example', 'file://']) }, body: base(token, rand, i) }),
    () => ({ name: 'fetch-site', headers: { ...JSON_TYPE, 'sec-fetch-site': pick(['cross-site', 'same-site', '<script>']) }, body: base(token, rand, i) }),
    () => ({ name: 'method-override', headers: { ...JSON_TYPE, 'x-http-method-override': 'DELETE', 'x-forwarded-host': 'evil.example' }, body: { ...base(token, rand, i), title: 'Ti' } }),
    () => ({ name: 'long-header', headers: { ...JSON_TYPE, 'x-note': 'a'.repeat(6000) }, body: { ...base(token, rand, i), email: '' } }),
    // Attachments: real files with hostile names are accepted (names stored as text); disguised, empty, too many,
    // too large, in the wrong field or cut off are refused with a 4xx.
    () => {
      const fields = { ...base(token, rand, i), consent: 'on', title: `Có tệp đính kèm data-xss ${i}` }
      return { name: 'attachment-hostile-name', headers: MULTIPART_TYPE, body: multipartWithFiles(fields, [{ name: 'attachments', filename: pick(FILE_NAMES), type: pick(['image/png', 'text/html', 'application/x-msdownload', '']), bytes: sampleFiles.png }]) }
    },
    () => {
      const [filename, bytes] = pick([['ho-so.pdf', sampleFiles.exe], ['anh.pdf', sampleFiles.png], ['trang.html', new TextEncoder().encode('<script>alert(1)</script>')], ['don.pdf', new TextEncoder().encode('%PDF-1.4 <script>')], ['a.svg', new TextEncoder().encode('<svg onload=alert(1)>')], ['x.jpg', sampleFiles.pdf]] as const)
      return { name: 'attachment-disguised', headers: MULTIPART_TYPE, body: multipartWithFiles({ ...base(token, rand, i), consent: 'on' }, [{ name: 'attachments', filename, type: pick(['application/pdf', 'image/png', 'image/jpeg']), bytes }]) }
    },
    () => ({ name: 'attachment-empty', headers: MULTIPART_TYPE, body: multipartWithFiles({ ...base(token, rand, i), consent: 'on' }, [{ name: 'attachments', filename: 'rong.pdf', type: 'application/pdf', bytes: new Uint8Array() }]) }),
    () => ({ name: 'attachment-too-many', headers: MULTIPART_TYPE, body: multipartWithFiles({ ...base(token, rand, i), consent: 'on' }, Array.from({ length: 4 + Math.floor(rand() * 20) }, (_, n) => ({ name: 'attachments', filename: `anh-${n}.png`, type: 'image/png', bytes: sampleFiles.png }))) }),
    () => {
      // Just over one file's limit, or over the total the site reads at all.
      const size = pick([5 * 1024 * 1024 + 1, 11 * 1024 * 1024])
      const bytes = new Uint8Array(size)
      bytes.set(sampleFiles.pdf)
      return { name: 'attachment-too-large', headers: MULTIPART_TYPE, body: multipartWithFiles({ ...base(token, rand, i), consent: 'on' }, [{ name: 'attachments', filename: 'lon.pdf', type: 'application/pdf', bytes }]) }
    },
    () => ({ name: 'attachment-wrong-field', headers: MULTIPART_TYPE, body: multipartWithFiles({ ...base(token, rand, i), consent: 'on' }, [{ name: pick(['content', 'title', 'attachments[]', '__proto__']), filename: 'a.png', type: 'image/png', bytes: sampleFiles.png }]) }),
    () => {
      const body = multipartWithFiles({ ...base(token, rand, i), consent: 'on' }, [{ name: 'attachments', filename: 'don.pdf', type: 'application/pdf', bytes: sampleFiles.pdf }])
      return { name: 'attachment-cut-off', headers: MULTIPART_TYPE, body: body.subarray(0, body.length - 10 - Math.floor(rand() * 200)) }
    },
    () => {
      const header = pick(['content-disposition: form-data; name="attachments"; filename="a\r\nx-evil: 1.png"', 'content-disposition: form-data; name="attachments"; filename*=UTF-8\'\'%E1%BA%A2nh.png', 'content-disposition: attachment; filename="a.png"', 'content-disposition: form-data; name="attachments"; filename="a.png"; filename="b.exe"'])
      const body = Buffer.concat([multipart({ ...base(token, rand, i), consent: 'on' }).subarray(0, -26), Buffer.from(`------congkhai-hostile\r\n${header}\r\ncontent-type: image/png\r\n\r\n`), sampleFiles.png, Buffer.from('\r\n------congkhai-hostile--\r\n')])
      return { name: 'attachment-odd-headers', headers: MULTIPART_TYPE, body }
    },
    // Forged or missing form tokens, filled honeypots.
    () => ({ name: 'forged-token', headers: JSON_TYPE, body: { ...base(token, rand, i), formToken: pick(['', '1.abc', `${Date.now() - 60_000}.${token.split('.')[1]}`, token.replace(/.$/, 'A'), 'x'.repeat(200)]) } }),
    () => ({ name: 'honeypot', headers: JSON_TYPE, body: { ...base(token, rand, i), website: pick(['http://spam.example', 'x', ['a'], 0]) } }),
  ]
  while (out.length < count) {
    token = tokens[i % tokens.length]!
    const payload = makers[i % makers.length]!()
    const website = typeof payload.body === 'object' && !Buffer.isBuffer(payload.body) ? payload.body.website : undefined
    out.push({ ...payload, trap: website !== undefined && website !== '' })
    i++
  }
  return out
}
