import { describe, expect, it } from 'vitest'
import { checkFormToken, issueFormToken } from './formToken'

const secret = 'test-secret-0123456789'

describe('form tokens', () => {
  it('accepts a form filled in a human time and rejects one sent too fast', () => {
    const token = issueFormToken(secret, 1_000_000)
    expect(checkFormToken(token, secret, 3000, 1_000_000 + 10_000)).toBe('ok')
    expect(checkFormToken(token, secret, 3000, 1_000_000 + 500)).toBe('too-fast')
  })

  it('rejects forged, missing, malformed and day-old tokens', () => {
    const token = issueFormToken(secret, 1_000_000)
    const [issued] = token.split('.')
    expect(checkFormToken(token, 'another-secret-000000', 0, 1_000_000)).toBe('invalid')
    expect(checkFormToken(`${Number(issued) - 60_000}.${token.split('.')[1]}`, secret, 0, 2_000_000)).toBe('invalid')
    expect(checkFormToken(undefined, secret, 0)).toBe('invalid')
    expect(checkFormToken(['x'], secret, 0)).toBe('invalid')
    expect(checkFormToken('abc.def.ghi', secret, 0)).toBe('invalid')
    expect(checkFormToken(token, secret, 0, 1_000_000 + 25 * 3600_000)).toBe('expired')
  })
})
