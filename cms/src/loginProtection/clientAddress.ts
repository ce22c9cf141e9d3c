/** The header the CMS's own server (`cms/src/server.ts`) sets to the socket's peer address on every request. */
export const PEER_HEADER = 'x-congkhai-peer'

const SERVER_MARK = Symbol.for('congkhai.cms.peerHeader')

/**
 * Says that this process's HTTP server sets `PEER_HEADER` itself, replacing any copy a client sent.
 *
 * @remarks Only then is the header believed: under a plain `next start` a client could send it, and Next.js's own
 * `X-Forwarded-For` keeps a value the client sent (it only fills it in when absent), so neither tells the address.
 */
export function markPeerHeaderTrusted(): void {
  ;(globalThis as Record<symbol, unknown>)[SERVER_MARK] = true
}

/**
 * The client's address for rate limiting: behind a trusted proxy the last `X-Forwarded-For` entry (the one the proxy
 * added; earlier entries are whatever the client claimed), otherwise the socket's peer as our server saw it.
 *
 * @remarks Without our server in front (a plain `next start`) there is no trustworthy address, and every request
 * shares the one key `unknown`: stricter, never looser.
 */
export function clientAddress(headers: Headers, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = headers.get('x-forwarded-for')?.split(',').pop()?.trim()
    if (forwarded) return forwarded.slice(0, 64)
  }
  const peer = (globalThis as Record<symbol, unknown>)[SERVER_MARK] === true ? headers.get(PEER_HEADER) : null
  return peer ? peer.slice(0, 64) : 'unknown'
}
