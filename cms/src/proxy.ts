import { NextResponse, type NextRequest } from 'next/server'
import { cmsConfig } from './config'
import { ALLOWED_METHODS, answerKind, securityHeaders } from './security/securityHeaders'

/**
 * Runs before every CMS answer: refuses methods the CMS does not serve (405, not Next.js's 500 for TRACE), and
 * sets the browser-side protection headers (`securityHeaders`) on every answer, admin pages, REST, files and 404s.
 *
 * @remarks The admin's pages get a fresh nonce per request, passed to Next.js in the request's
 * `Content-Security-Policy` header: Next.js then puts it on the inline scripts it renders, so the policy needs no
 * `'unsafe-inline'` for scripts.
 */
export function proxy(request: NextRequest) {
  const kind = answerKind(request.nextUrl.pathname)
  if (!(ALLOWED_METHODS as readonly string[]).includes(request.method)) {
    return new NextResponse('Phương thức không được hỗ trợ (method not allowed)', {
      status: 405,
      headers: { allow: ALLOWED_METHODS.join(', '), 'content-type': 'text/plain; charset=utf-8', ...securityHeaders('api', { hsts: cmsConfig.HSTS }) },
    })
  }
  const nonce = kind === 'admin' ? Buffer.from(crypto.randomUUID()).toString('base64') : undefined
  const headers = securityHeaders(kind, { nonce, hsts: cmsConfig.HSTS })
  const requestHeaders = new Headers(request.headers)
  if (nonce) {
    requestHeaders.set('x-nonce', nonce)
    requestHeaders.set('content-security-policy', headers['content-security-policy'])
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}
