/**
 * Issue 18, holes 5 and 6: the browser-side protection of every kind of answer of the public site, through the site
 * server and through deploy/nginx/congkhai.conf, and the HTTP methods each kind of path takes.
 */
import { createHash } from 'node:crypto'
import http from 'node:http'
import { expect, test, type APIResponse } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { productionServerBlock, startNginx, type RunningNginx } from '../scripts/lib/nginx'
import { freePort } from '../scripts/lib/processes'

/** One address of every kind of answer, with what it is. */
const ANSWERS: { kind: string; path: string; status: number; html?: boolean }[] = [
  { kind: 'home', path: '/', status: 200, html: true },
  { kind: 'English home', path: '/en/', status: 200, html: true },
  { kind: 'list', path: '/thu-tuc', status: 200, html: true },
  { kind: 'detail', path: '/thu-tuc/2.001712', status: 200, html: true },
  { kind: 'search results', path: '/tim-kiem?q=ho%20chieu', status: 200, html: true },
  { kind: 'feedback form', path: '/gop-y', status: 200, html: true },
  { kind: 'look-up', path: '/tra-cuu-gop-y', status: 200, html: true },
  { kind: 'open data file', path: '/du-lieu/thu-tuc.json', status: 200 },
  { kind: 'feed', path: '/tin-tuc/feed.xml', status: 200 },
  { kind: 'sitemap', path: '/sitemap.xml', status: 200 },
  { kind: '404 page', path: '/khong-co-trang-nay', status: 404, html: true },
  { kind: 'search API', path: '/api/search?q=ho%20chieu', status: 200 },
  { kind: 'health check', path: '/healthz', status: 200 },
]

/** The policies a page is under: its header (one or more policies) and its `<meta>` element, if any. */
function policies(res: APIResponse, html: string): string[] {
  const header = res.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy').flatMap((h) => h.value.split(/,(?=\s*[a-z-]+-(?:src|ancestors|uri)\b)/))
  const meta = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]+)"/gi)].map((m) => m[1]!.replaceAll('&#39;', "'"))
  return [...header, ...meta].map((p) => p.trim())
}

/** The value of `directive` in a policy, falling back as browsers do (`script-src-elem` → `script-src` → `default-src`). */
function directive(policy: string, ...names: string[]): string | undefined {
  const parts = new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1).join(' ')]))
  for (const name of names) if (parts.has(name)) return parts.get(name)
  return undefined
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

async function expectProtected(res: APIResponse, answer: (typeof ANSWERS)[number], via: string) {
  const where = `${answer.kind} (${answer.path}) via ${via}`
  expect(res.status(), where).toBe(answer.status)
  const headers = res.headers()
  expect(headers['x-content-type-options'], where).toBe('nosniff')
  expect(headers['x-frame-options'], where).toBe('DENY')
  expect(headers['referrer-policy'], where).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy'], where).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/)
  // HSTS only when the public URL is https (HSTS, site/src/config.ts); the e2e stack is on http.
  expect(headers['strict-transport-security'], where).toBeUndefined()
  const body = await res.text()
  const all = policies(res, answer.html ? body : '')
  expect(all.some((p) => directive(p, 'frame-ancestors') === "'none'"), `${where}: frame-ancestors 'none' in a header`).toBe(true)
  if (!answer.html) return
  // The page's own policy: default-src 'self', scripts from the site and by hash only, no plugins, no foreign base or form target.
  const own = all.find((p) => directive(p, 'script-src'))
  expect(own, `${where}: a policy with script-src`).toBeTruthy()
  expect(directive(own!, 'default-src')).toBe("'self'")
  for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'style-src', 'style-src-elem']) expect(directive(own!, name) ?? '', `${where}: ${name}`).not.toContain('unsafe-inline')
  expect(directive(own!, 'object-src')).toBe("'none'")
  expect(directive(own!, 'base-uri')).toBe("'self'")
  expect(directive(own!, 'form-action')).toBe("'self'")
  expect(directive(own!, 'img-src')).toContain(new URL(e2eEnv.CMS_URL).origin)
  // Every inline script and style of the page is allowed by its hash (JSON-LD is data, never run).
  const scripts = [...body.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)
  for (const script of scripts) expect(directive(own!, 'script-src-elem', 'script-src'), `${where}: inline script ${script.slice(0, 60)}`).toContain(sha256(script))
  const styles = [...body.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!)
  for (const style of styles) expect(directive(own!, 'style-src-elem', 'style-src'), `${where}: inline style`).toContain(sha256(style))
}

/** A request as any client may send it, whatever its method (browsers' and Playwright's clients refuse TRACE). */
function raw(base: string, method: string, path: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, base), { method, headers: { 'content-length': '0' } }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

/** A path of each kind and the methods it takes. */
const METHOD_PATHS: { kind: string; path: string; allow: string }[] = [
  { kind: 'static page', path: '/thu-tuc', allow: 'GET, HEAD' },
  { kind: 'home', path: '/', allow: 'GET, HEAD' },
  { kind: 'open data file', path: '/du-lieu/thu-tuc.json', allow: 'GET, HEAD' },
  { kind: 'feedback form (on demand)', path: '/gop-y', allow: 'GET, HEAD' },
  { kind: 'search page (on demand)', path: '/tim-kiem', allow: 'GET, HEAD' },
  { kind: 'feedback look-up (on demand; the sender\'s contact comes in a POST)', path: '/tra-cuu-gop-y', allow: 'GET, HEAD, POST' },
  { kind: 'search API', path: '/api/search', allow: 'GET, HEAD' },
  { kind: 'feedback API', path: '/api/feedback', allow: 'POST' },
]
const REFUSED = ['TRACE', 'PUT', 'DELETE', 'PATCH', 'PROPFIND']

let nginx: RunningNginx

test.beforeAll(async () => {
  const port = await freePort()
  nginx = await startNginx(productionServerBlock({ port, buildsDir: e2eEnv.BUILDS_DIR, upstreamPort: Number(e2eEnv.SITE_PORT), cmsPort: Number(e2eEnv.CMS_PORT) }), port)
})
test.afterAll(async () => nginx?.stop())

for (const via of ['site server', 'nginx'] as const) {
  const base = () => (via === 'nginx' ? nginx.url : e2eEnv.SITE_URL)

  test(`every kind of page and answer carries the security headers and a strict CSP (${via})`, async ({ request }) => {
    for (const answer of ANSWERS) await expectProtected(await request.get(`${base()}${answer.path}`), answer, via)
    // A refused feedback post (an error answer of an on-demand route).
    const refused = await request.post(`${base()}/api/feedback`, { headers: { origin: e2eEnv.SITE_URL, 'x-forwarded-for': '203.0.113.180' }, data: { title: '' } })
    await expectProtected(refused, { kind: 'refused feedback', path: '/api/feedback', status: 400 }, via)
    // Cross-Origin-Opener-Policy on the answers that hold a citizen's data (answers to a POST), not on published pages.
    expect(refused.headers()['cross-origin-opener-policy'], `refused feedback via ${via}`).toBe('same-origin')
    const lookUp = await request.post(`${base()}/tra-cuu-gop-y`, { headers: { origin: e2eEnv.SITE_URL, 'x-forwarded-for': '203.0.113.181' }, form: { ma: 'GY-0000-0000', 'lien-he': 'khong-co@example.org' } })
    expect(lookUp.status(), `look-up via ${via}`).toBeLessThan(500)
    expect(lookUp.headers()['cross-origin-opener-policy'], `look-up answer via ${via}`).toBe('same-origin')
    for (const path of ['/', '/thu-tuc', '/tim-kiem?q=ho%20chieu', '/gop-y']) expect((await request.get(`${base()}${path}`)).headers()['cross-origin-opener-policy'], `${path} via ${via}`).toBeUndefined()
  })

  test(`TRACE, PUT, DELETE, PATCH and PROPFIND get 405 with Allow on every kind of path, never a 500 or the page (${via})`, async () => {
    for (const { kind, path, allow } of METHOD_PATHS) {
      for (const method of REFUSED) {
        const res = await raw(base(), method, path)
        expect(res.status, `${method} ${path} (${kind}) via ${via}`).toBe(405)
        // nginx refuses TRACE itself, before any location is chosen: 405 without Allow there.
        if (!(via === 'nginx' && method === 'TRACE')) expect(res.headers.allow, `${method} ${path} via ${via}`).toBe(allow)
        expect(res.headers['x-content-type-options'], `${method} ${path} via ${via}`).toBe('nosniff')
        expect(res.body).not.toContain('<main')
      }
    }
    // The methods each path does take still work.
    expect((await raw(base(), 'HEAD', '/thu-tuc')).status).toBe(200)
    expect((await raw(base(), 'GET', '/api/search?q=visa')).status).toBe(200)
  })
}

test('the site server answers OPTIONS with the methods a path takes', async () => {
  const res = await raw(e2eEnv.SITE_URL, 'OPTIONS', '/api/feedback')
  expect(res.status).toBe(204)
  expect(res.headers.allow).toBe('POST')
  expect(res.headers['x-frame-options']).toBe('DENY')
})

test('pages that run scripts work under the policy: no CSP violation in the browser', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Refused to load (Content Security Policy): ${event.violatedDirective} ${event.blockedURI}`))
  })
  for (const path of ['/', '/en/', '/thu-tuc', '/thu-tuc/2.001712', '/van-ban', '/tin-tuc', '/thong-ke', '/khong-co-trang-nay']) await page.goto(path)

  // The search page's script: results as you type.
  await page.goto('/tim-kiem')
  await page.getByRole('searchbox').first().fill('ho chieu')
  await expect(page).toHaveURL(/q=ho\+chieu/)
  await expect(page.locator('#search-results mark').first()).toBeVisible()

  // The feedback form's script: fields checked as they are left.
  await page.goto('/gop-y')
  await page.getByLabel('Họ và tên').focus()
  await page.getByLabel('Thư điện tử').focus()
  await expect(page.locator('#name-error')).toHaveText('Vui lòng nhập mục này.')

  expect(violations).toEqual([])
})

test('another page cannot frame the site', async ({ page }) => {
  await page.setContent(`<iframe src="${e2eEnv.SITE_URL}/" title="framed"></iframe>`)
  await page.waitForTimeout(2000)
  const framed = page.frames().find((f) => f !== page.mainFrame())
  expect(framed, 'the frame exists').toBeTruthy()
  // Refused by frame-ancestors / X-Frame-Options, the frame shows the browser's error page, not the site.
  expect(await framed!.locator('body').textContent({ timeout: 2000 }).catch(() => '')).not.toContain('Sở Ngoại vụ')
})
