/**
 * Valid HTML on every page type in both languages, and on every page the sitemap lists: the pages are fetched from
 * the e2e stack as a browser gets them and checked in one run of the Nu Html Checker (`vnu-jar`, on Debian's Java).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { localized, pageTypes } from './pageTypes'
import { publishLongLaw } from './longDocument'
import { adminHeaders, published } from './support'

const cms = e2eEnv.CMS_URL
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')
/** Debian's `default-jre-headless` (scripts/lib/testPrerequisites.ts). */
const JAVA = '/usr/bin/java'

/** The checker's JSON report (`--format json`). */
interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error'
  subType?: string
  url: string
  lastLine?: number
  message: string
  extract?: string
}

/**
 * Messages that are not about the markup.
 *
 * @remarks The checker holds each page's `<meta>` Content-Security-Policy against its styles and scripts as if the
 * page were the file it reads: it does not match the policy's hashes and reads `'self'` as the file's origin. The
 * browser applies the same policy, and `securityHeaders.spec.ts` fails on any violation it reports.
 */
const NOT_ABOUT_MARKUP = /Content Security Policy \(meta tag\)/

let clients = 0
/** A fresh client address (the e2e site trusts X-Forwarded-For), so the feedback form's rate limits never apply. */
const client = () => ({ 'x-forwarded-for': `203.0.113.${++clients % 250}` })

/** Every page the sitemap lists, as paths. */
async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
}

/** A published question's page: the seed has none, so one is published for this test when no other spec left one. */
async function questionPath(request: APIRequestContext, headers: Record<string, string>, made: number[]): Promise<string> {
  const found = (await (await request.get(`${cms}/api/questions?where[_status][equals]=published&limit=1&depth=0`, { headers })).json()) as { docs: { id: number }[] }
  let id = found.docs[0]?.id
  if (id === undefined) {
    const res = await request.post(`${cms}/api/questions`, {
      headers,
      data: { title: 'Lệ phí hợp pháp hóa lãnh sự là bao nhiêu?', question: 'Xin cho biết lệ phí hợp pháp hóa lãnh sự một giấy tờ.', answer: 'Lệ phí là 30.000 đồng/bản theo Thông tư 264/2016/TT-BTC.', _status: 'published' },
    })
    expect(res.status(), await res.text()).toBe(201)
    id = ((await res.json()) as { doc: { id: number } }).doc.id
    made.push(id)
    await published(request)
  }
  return `/hoi-dap/${id}`
}

/** Runs the checker once over every file, returning its messages. */
async function vnu(files: string[]): Promise<VnuMessage[]> {
  const output: string[] = []
  await new Promise<void>((resolve, reject) => {
    const child = spawn(JAVA, ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files], { stdio: ['ignore', 'pipe', 'inherit'] })
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vnu exited with ${code}`))))
  })
  return (JSON.parse(output.join('')) as { messages: VnuMessage[] }).messages
}

test('every page type, in both languages, is valid HTML for the Nu Html Checker', async ({ request }, testInfo) => {
  test.setTimeout(6 * 60_000)
  await published(request)
  const headers = await adminHeaders(request)
  const made: number[] = []
  const folder = testInfo.outputPath('pages')
  fs.mkdirSync(folder, { recursive: true })
  /** Saved page files by the path they answer, so a message names the page. */
  const pages = new Map<string, string>()
  const save = async (name: string, body: Promise<string>) => {
    const file = path.join(folder, `${name.replace(/^\//, '').replace(/[^\w.-]+/g, '-') || 'home'}.html`)
    fs.writeFileSync(file, await body)
    pages.set(file, name)
  }
  const get = async (page: string, status = 200) => {
    const res = await request.get(page, { headers: client() })
    expect(res.status(), page).toBe(status)
    await save(page, res.text())
  }

  // A paged legal document: its first page and, through the sitemap, each further page (`legalTextPaging.spec.ts`).
  const long = await publishLongLaw(request, headers, `${Date.now() % 100000}`, 'kiểm tra mã HTML')
  try {
    await published(request)
    const extras = [
      `/van-ban/${long.slug}`,
      '/van-ban/nam/2020/cu-nhat',
      '/thu-tuc/truc-tuyen/toan-trinh',
      '/tim-kiem?q=khongcotrongchimuc',
      '/tim-kiem?q=thu+tuc&trang=2',
      await questionPath(request, headers, made),
    ]
    const paths = new Set([...pageTypes.map((p) => p.path), ...extras].flatMap((p) => [localized(p, 'vi'), localized(p, 'en')]))
    for (const page of await sitemapPaths(request)) paths.add(page)
    for (const page of paths) await get(page)
    for (const locale of ['vi', 'en'] as const) {
      await get(localized('/khong-co-trang-nay', locale), 404)
      await get(`${localized('/tra-cuu-gop-y', locale)}?ma=GY-ABC`, 400)

      // The form sent empty comes back with its errors; a complete one gets a tracking code, and the look-up shows it.
      const formToken = async () => /name="formToken" value="([^"]+)"/.exec(await (await request.get(localized('/gop-y', locale), { headers: client() })).text())![1]!
      const origin = { origin: e2eEnv.SITE_URL, ...client() }
      const refused = await request.post('/api/feedback', { headers: origin, form: { locale, formToken: await formToken() } })
      expect(refused.status()).toBe(400)
      await save(`api-feedback-errors-${locale}`, refused.text())
      const fields = { locale, formToken: await formToken(), kind: 'hoi-dap', name: 'Lê Thị Cúc', email: 'cuc@example.vn', title: 'Kiểm tra mã HTML', content: 'Trang xác nhận và trang tra cứu của góp ý này được kiểm tra bằng Nu Html Checker.', consent: 'on' }
      await new Promise((r) => setTimeout(r, 1100)) // past FEEDBACK_MIN_FILL_SECONDS, or the form is taken for a bot's
      const sent = await request.post('/api/feedback', { headers: origin, form: fields, maxRedirects: 0 })
      expect(sent.status()).toBe(303)
      const confirmation = new URL(sent.headers().location!, e2eEnv.SITE_URL)
      await get(`${confirmation.pathname}${confirmation.search}`)
      const code = confirmation.searchParams.get('ma')!
      await get(`${localized('/tra-cuu-gop-y', locale)}?ma=${code}`)
      const contact = await request.post(localized('/tra-cuu-gop-y', locale), { headers: origin, form: { ma: code, 'lien-he': 'khac@example.vn' } })
      await save(`tra-cuu-gop-y-lien-he-${locale}`, contact.text())
    }

    const messages = (await vnu([...pages.keys()])).filter((m) => !NOT_ABOUT_MARKUP.test(m.message))
    const pageOf = (m: VnuMessage) => pages.get(decodeURIComponent(new URL(m.url).pathname)) ?? m.url
    const described = messages.map((m) => `${pageOf(m)}:${m.lastLine ?? ''}: ${m.type}${m.subType ? ` ${m.subType}` : ''}: ${m.message}`)
    testInfo.annotations.push({ type: 'pages checked', description: String(pages.size) })
    const report = testInfo.outputPath('vnu-messages.txt')
    fs.writeFileSync(report, `${pages.size} pages checked\n${described.join('\n')}\n`)
    await testInfo.attach('vnu messages', { path: report, contentType: 'text/plain' })
    expect(described, 'checker messages (errors and warnings)').toEqual([])
  } finally {
    for (const id of made) expect((await request.delete(`${cms}/api/questions/${id}`, { headers })).status()).toBe(200)
    expect((await request.delete(`${cms}/api/legal-documents/${long.id}`, { headers })).ok()).toBeTruthy()
    await published(request)
  }
})
