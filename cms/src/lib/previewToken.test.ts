import { describe, expect, it } from 'vitest'
import { createPreviewToken, verifyPreviewToken } from './previewToken'

describe('preview tokens', () => {
  it('open the one document they were made for, for an hour', () => {
    const now = Date.UTC(2026, 10, 27, 9, 0)
    const token = createPreviewToken('news', 7, now)
    expect(verifyPreviewToken('news', 7, token, now + 59 * 60 * 1000)).toBe(true)
    expect(verifyPreviewToken('news', 7, token, now + 61 * 60 * 1000)).toBe(false)
    expect(verifyPreviewToken('news', 8, token, now)).toBe(false)
    expect(verifyPreviewToken('procedures', 7, token, now)).toBe(false)
  })

  it('reject forged or malformed tokens', () => {
    const token = createPreviewToken('news', 7)
    const [expires] = token.split('.')
    expect(verifyPreviewToken('news', 7, `${Number(expires) + 1000}.${token.split('.')[1]}`)).toBe(false)
    expect(verifyPreviewToken('news', 7, 'not-a-token')).toBe(false)
    expect(verifyPreviewToken('news', 7, '')).toBe(false)
  })
})
