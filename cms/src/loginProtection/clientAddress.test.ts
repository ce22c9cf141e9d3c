import { describe, expect, it } from 'vitest'
import { clientAddress, limitKey, markPeerHeaderTrusted, PEER_HEADER } from './clientAddress'

const headers = (h: Record<string, string>) => new Headers(h)

describe('clientAddress', () => {
  it('believes no header a client could send while our server is not in front (a plain next start)', () => {
    expect(clientAddress(headers({ [PEER_HEADER]: '198.51.100.1', 'x-forwarded-for': '203.0.113.5' }), false)).toBe('unknown')
  })

  it('takes the peer address our server set, and ignores X-Forwarded-For without TRUST_PROXY', () => {
    markPeerHeaderTrusted()
    expect(clientAddress(headers({ [PEER_HEADER]: '127.0.0.2', 'x-forwarded-for': '203.0.113.5' }), false)).toBe('127.0.0.2')
  })

  it('behind a trusted proxy takes the last X-Forwarded-For entry, the one the proxy added', () => {
    markPeerHeaderTrusted()
    expect(clientAddress(headers({ [PEER_HEADER]: '10.0.0.1', 'x-forwarded-for': '1.2.3.4, 203.0.113.5' }), true)).toBe('203.0.113.5')
    expect(clientAddress(headers({ [PEER_HEADER]: '10.0.0.1' }), true)).toBe('10.0.0.1')
  })
})

describe('limitKey', () => {
  it('limits an IPv4 address by itself and an IPv6 address by its /64, however it is written', () => {
    expect(limitKey('203.0.113.5')).toBe('203.0.113.5')
    expect(limitKey('2001:db8:0:1::1')).toBe('2001:db8:0:1::/64')
    expect(limitKey('2001:DB8:0:1:ffff:1:2:3')).toBe('2001:db8:0:1::/64')
    expect(limitKey('::1')).toBe('0:0:0:0::/64')
    expect(limitKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
  })
})
