import type http from 'node:http'

/**
 * The client's address of a node:http request, for rate limiting: the socket's peer, or behind a trusted proxy the
 * last `X-Forwarded-For` entry (the one the proxy itself added; earlier entries are whatever the client claimed).
 *
 * @remarks The node:http twin of `clientAddress()` in `feedback/requestGuards.ts`, which reads Astro's context.
 */
export function requestAddress(req: http.IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for']
    const forwarded = (Array.isArray(header) ? header.join(',') : header)?.split(',').pop()?.trim()
    if (forwarded) return forwarded.slice(0, 64)
  }
  return req.socket.remoteAddress ?? 'unknown'
}
