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

/**
 * The key an address is limited under: an IPv4 address itself, an IPv6 address's /64 network.
 *
 * @remarks One IPv6 subscriber usually gets a whole /64 (2^64 addresses): limited per address, an attacker would
 * simply take a new one for every attempt.
 */
export function limitKey(address: string): string {
  if (!address.includes(':')) return address
  const bare = address.split('%')[0].toLowerCase()
  const [head, tail] = bare.split('::')
  const first = head ? head.split(':') : []
  const last = tail ? tail.split(':') : []
  const groups = tail === undefined ? first : [...first, ...Array(Math.max(0, 8 - first.length - last.length)).fill('0'), ...last]
  return `${groups.slice(0, 4).map((g) => (parseInt(g, 16) || 0).toString(16)).join(':')}::/64`
}
