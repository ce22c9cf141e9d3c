/** What a CMS answer is, for the Content-Security-Policy it gets. */
export type AnswerKind = 'admin' | 'file' | 'api'

/** Methods the CMS answers; anything else (TRACE, TRACK, CONNECT, PROPFIND, …) gets 405. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const

/** A year, in seconds: how long a browser keeps to HTTPS once it has seen `Strict-Transport-Security`. */
const HSTS_MAX_AGE = 365 * 24 * 60 * 60

/** The kind of answer a path gets: the admin's pages, an uploaded file, or the REST API (and everything else). */
export function answerKind(pathname: string): AnswerKind {
  if (/^\/api\/[^/]+\/file\//.test(pathname)) return 'file'
  if (pathname.startsWith('/api/') || pathname === '/api') return 'api'
  return 'admin'
}

/**
 * The Content-Security-Policy of one answer.
 *
 * @remarks
 * - `admin`: scripts only from the CMS itself and Next.js's inline scripts carrying this request's nonce
 *   (`'strict-dynamic'` lets those load the admin's chunks). Styles keep `'unsafe-inline'`: Payload's admin and its
 *   editor set `style` attributes from scripts and React renders inline `<style>` without a nonce, which a
 *   nonce cannot cover; styles cannot run code, and everything else stays closed.
 * - `file`: an uploaded file opened in the browser (a PDF, an image) may show itself and nothing else: no scripts.
 * - `api`: JSON; nothing in it may load or run anything.
 * Nothing of the CMS is meant to be framed (live preview is not configured), hence `frame-ancestors 'none'`.
 */
export function contentSecurityPolicy(kind: AnswerKind, nonce?: string): string {
  const policies: Record<AnswerKind, string[]> = {
    admin: [
      "default-src 'self'",
      `script-src 'self'${nonce ? ` 'nonce-${nonce}' 'strict-dynamic'` : ''}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "media-src 'self' blob:",
      "worker-src 'self' blob:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-src 'none'",
      "frame-ancestors 'none'",
    ],
    file: ["default-src 'none'", "img-src 'self' data:", "media-src 'self'", "style-src 'unsafe-inline'", "object-src 'self'", "frame-ancestors 'none'"],
    api: ["default-src 'none'", "frame-ancestors 'none'"],
  }
  return policies[kind].join('; ')
}

/**
 * Every header of browser-side protection a CMS answer carries.
 *
 * @remarks `hsts` only when the CMS is reached over HTTPS (the `HSTS` setting): sent over plain HTTP it would be
 * ignored at best, and a browser that kept it would refuse the plain-HTTP CMS of a development machine for a year.
 */
export function securityHeaders(kind: AnswerKind, options: { nonce?: string; hsts: boolean }): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(kind, options.nonce),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'cross-origin-opener-policy': 'same-origin',
    ...(options.hsts ? { 'strict-transport-security': `max-age=${HSTS_MAX_AGE}` } : {}),
  }
}
