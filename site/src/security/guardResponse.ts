import type http from 'node:http'
import { allowedMethods, FRAME_POLICY, isolatedFromOpeners, securityHeaders } from './securityHeaders'

/**
 * Puts the security headers on a response before anyone writes to it and answers a method the path does not take
 * with 405; returns false when it answered.
 *
 * @remarks Every answer of the site server goes through here: static pages, on-demand routes, `/api/search`, 404s,
 * the 503 page while starting, `/healthz`; the answers that hold a citizen's data are also cut off from other windows
 * (`isolatedFromOpeners`). An on-demand page's own policy (Astro's, with its script hashes) is sent
 * as given, and the framing policy beside it as a second policy: a browser enforces both. With `https` on, a cookie
 * set without `Secure` gets it.
 */
export function guardResponse(req: http.IncomingMessage, res: http.ServerResponse, pathname: string, opts: { hsts: boolean; hstsMaxAge: number }): boolean {
  for (const [name, value] of Object.entries(securityHeaders(opts))) res.setHeader(name, value)
  if (isolatedFromOpeners(req.method, pathname)) res.setHeader('cross-origin-opener-policy', 'same-origin')
  const writeHead = res.writeHead
  res.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    const given = args.find((arg): arg is http.OutgoingHttpHeaders => typeof arg === 'object' && arg !== null && !Array.isArray(arg))
    if (given) {
      for (const name of Object.keys(given)) {
        const lower = name.toLowerCase()
        if (lower === 'content-security-policy' && !String(given[name]).includes('frame-ancestors')) given[name] = [String(given[name]), FRAME_POLICY]
        if (lower === 'set-cookie' && opts.hsts) given[name] = secureCookies(given[name])
      }
    }
    if (opts.hsts && this.hasHeader('set-cookie')) this.setHeader('set-cookie', secureCookies(this.getHeader('set-cookie')))
    return writeHead.apply(this, args as Parameters<typeof writeHead>)
  } as typeof res.writeHead

  const allowed = allowedMethods(pathname)
  if (pathname.startsWith('/_internal/') || allowed.includes(req.method ?? '')) return true
  const status = req.method === 'OPTIONS' ? 204 : 405
  res.writeHead(status, { allow: allowed.join(', '), 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
  res.end(status === 405 ? `Phương thức ${req.method} không được hỗ trợ ở địa chỉ này; dùng ${allowed.join(', ')}. (Method not allowed.)\n` : undefined)
  return false
}

function secureCookies(value: http.OutgoingHttpHeader | undefined): string[] {
  const cookies = Array.isArray(value) ? value : value === undefined ? [] : [String(value)]
  return cookies.map((cookie) => (/;\s*secure\s*(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`))
}
