import type http from 'node:http'

/**
 * The client's address of a node:http request, for rate limiting: the socket's peer, or behind a trusted proxy the
 * last `X-Forwarded-For` entry (the one the proxy itself added; earlier entries are whatever the client claimed).
 *
 * @remarks The node:http twin of `clientAddress()` in `feedback/requestGuards.ts`, which reads Astro's context; both
 * read the header with {@link proxiedAddress}.
 */
export function requestAddress(req: http.IncomingMessage, trustProxy: boolean): string {
  const header = req.headers['x-forwarded-for']
  const forwarded = trustProxy ? proxiedAddress(Array.isArray(header) ? header.join(',') : header) : undefined
  return forwarded ?? req.socket.remoteAddress ?? 'unknown'
}

/** The address a trusted proxy put last in `X-Forwarded-For` (at most 64 characters), if any. */
export function proxiedAddress(header: string | null | undefined): string | undefined {
  return header?.split(',').pop()?.trim().slice(0, 64) || undefined
}
