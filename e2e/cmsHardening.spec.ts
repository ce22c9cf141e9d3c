/** Issue 18, holes 2, 5 and 6 on the CMS, over real HTTP against the e2e stack's `next start`. */
import { expect, test, type APIResponse } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { admin } from './support'

const cms = e2eEnv.CMS_URL

/** Every answer of the CMS carries these, whatever its kind. */
function expectProtectionHeaders(res: APIResponse) {
  const headers = res.headers()
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/)
  // The e2e stack runs on plain HTTP: no HSTS there (it is sent when CMS_URL is https, see securityHeaders.test.ts).
  expect(headers['strict-transport-security']).toBeUndefined()
}

test.describe('CMS hardening (issue 18)', () => {
  for (const path of ['/api/news', '/api/health', '/admin', '/admin/login', '/khong-co']) {
    // Node's fetch refuses to send TRACE; Playwright's client does, as curl and an attacker would.
    test(`TRACE ${path} → 405, not 500`, async ({ request }) => {
      const res = await request.fetch(`${cms}${path}`, { method: 'TRACE' })
      expect(res.status()).toBe(405)
      expect(res.headers().allow).toContain('GET')
      expectProtectionHeaders(res)
    })
  }

  for (const [path, status] of [
    ['/admin/login', 200],
    ['/api/news?limit=1', 200],
    ['/api/health', 200],
    ['/api/khong-co', 404],
    ['/khong-co', 404],
  ] as const) {
    test(`${path} (${status}) carries the protection headers`, async ({ request }) => {
      const res = await request.get(`${cms}${path}`, { maxRedirects: 0 })
      expect(res.status()).toBe(status)
      expectProtectionHeaders(res)
    })
  }

  test("the admin's scripts run under a nonce: no 'unsafe-inline' for scripts, and the page's inline scripts carry this answer's nonce", async ({ request }) => {
    const res = await request.get(`${cms}/admin/login`)
    const csp = res.headers()['content-security-policy']
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1]
    expect(nonce).toBeTruthy()
    expect(/script-src[^;]*/.exec(csp)?.[0]).not.toContain('unsafe-inline')
    const html = await res.text()
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)]
    expect(inline.length).toBeGreaterThan(0)
    for (const [, attrs] of inline) expect(attrs).toContain(`nonce="${nonce}"`)
    const again = (await request.get(`${cms}/admin/login`)).headers()['content-security-policy']
    expect(again).not.toBe(csp)
  })

  test('the admin signs in, lists and opens a document in its editor under the policy, with no CSP violation in the browser', async ({ page }) => {
    const violations: string[] = []
    page.on('console', (msg) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) violations.push(msg.text())
    })
    await page.goto(`${cms}/admin/login`)
    await page.getByLabel(/email/i).fill(admin.email)
    await page.getByLabel(/mật khẩu|password/i).fill(admin.password)
    await page.getByRole('button', { name: /đăng nhập|login/i }).click()
    await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
    await page.goto(`${cms}/admin/collections/legal-documents`)
    await expect(page.locator('table')).toBeVisible()
    // A document's edit view, with the rich-text editor.
    await page.locator('table tbody tr a').first().click()
    await page.getByRole('button', { name: 'Toàn văn và tệp' }).click()
    await expect(page.locator('[data-lexical-editor="true"]').first()).toBeVisible({ timeout: 30_000 })
    expect(violations).toEqual([])
  })

  test('the admin login cannot be framed by another site', async ({ page }) => {
    await page.setContent(`<iframe id="f" src="${cms}/admin/login" width="600" height="400"></iframe>`)
    await page.waitForTimeout(3000)
    const frame = page.frames().find((f) => f.url().startsWith(cms))
    const framed = frame ? await frame.locator('form').count().catch(() => 0) : 0
    expect(framed).toBe(0)
  })

  test('the heavy anonymous read of hole 2 is refused with a 400 naming the cap; a page-sized read still answers', async ({ request }) => {
    const heavy = await request.get(`${cms}/api/legal-documents?depth=10&limit=1000`)
    expect(heavy.status()).toBe(400)
    expect(((await heavy.json()) as { errors: { message: string }[] }).errors[0].message).toContain('depth')
    expect((await request.get(`${cms}/api/legal-documents?depth=0&limit=100`)).status()).toBe(200)
    expect((await request.get(`${cms}/api/legal-documents?depth=2&limit=20`)).status()).toBe(200)
  })

  test('GET /versions of a collection or global without versions → 404 for the admin, not 500', async ({ request }) => {
    const login = await request.post(`${cms}/api/users/login`, { data: { email: admin.email, password: admin.password } })
    const { token } = (await login.json()) as { token: string }
    for (const path of ['/api/feedback/versions', '/api/users/versions', '/api/media/versions', '/api/globals/site-settings/versions']) {
      expect((await request.get(`${cms}${path}`, { headers: { authorization: `JWT ${token}` } })).status(), path).toBe(404)
    }
  })
})
