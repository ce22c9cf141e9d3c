import { describe, expect, it } from 'vitest'
import { checkFormToken, formTokenId, issueFormToken } from './formToken'

const secret = 'test-publish-secret-0000'

describe('form tokens', () => {
  it('accept a form filled at human speed, flag one sent too fast', () => {
    const token = issueFormToken(secret, 1_000_000)
    expect(checkFormToken(token, secret, 3000, 1_000_000 + 10_000)).toBe('ok')
    expect(checkFormToken(token, secret, 3000, 1_000_000 + 500)).toBe('too-fast')
  })

  it('refuse forged, tampered, old-format and expired tokens', () => {
    const token = issueFormToken(secret, 1_000_000)
    const [issued, nonce, mac] = token.split('.')
    expect(checkFormToken(token, 'another-secret-000000', 0, 1_000_000)).toBe('invalid')
    expect(checkFormToken(`${Number(issued) - 60_000}.${nonce}.${mac}`, secret, 0, 2_000_000)).toBe('invalid')
    expect(checkFormToken(`${issued}.${'A'.repeat(16)}.${mac}`, secret, 0, 2_000_000)).toBe('invalid')
    expect(checkFormToken(`${issued}.${mac}`, secret, 0, 2_000_000)).toBe('invalid')
    expect(checkFormToken(undefined, secret, 0)).toBe('invalid')
    expect(checkFormToken(['x'], secret, 0)).toBe('invalid')
    expect(checkFormToken('abc.def.ghi', secret, 0)).toBe('invalid')
    expect(checkFormToken(token, secret, 0, 1_000_000 + 25 * 3600_000)).toBe('expired')
  })

  it('are each their own, even when served in the same millisecond, and say until when to remember them', () => {
    const a = issueFormToken(secret, 1_000_000)
    const b = issueFormToken(secret, 1_000_000)
    expect(a).not.toBe(b)
    expect(formTokenId(a, secret)?.id).not.toBe(formTokenId(b, secret)?.id)
    expect(formTokenId(a, secret)?.until).toBe(1_000_000 + 24 * 3600_000)
    expect(formTokenId(a, 'another-secret-000000')).toBeNull()
  })
})
