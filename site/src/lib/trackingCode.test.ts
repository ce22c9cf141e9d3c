import { describe, expect, it } from 'vitest'
import { fakeTrackingCode, parseTrackingCode, TRACKING_CODE } from './trackingCode'

describe('parseTrackingCode', () => {
  it('accepts what people type and normalises it', () => {
    expect(parseTrackingCode('GY-2026-000123')).toBe('GY-2026-000123')
    expect(parseTrackingCode(' gy-2026-123 ')).toBe('GY-2026-000123')
    expect(parseTrackingCode('GY2026000123')).toBe('GY-2026-000123')
  })

  it('refuses anything else', () => {
    for (const bad of ['', 'GY-26-1', 'GY-2026-1234567', '<script>', 'GY-2026-00012a', 42, null, 'x'.repeat(100)]) expect(parseTrackingCode(bad)).toBeNull()
  })

  it('makes fake codes that look real', () => {
    expect(fakeTrackingCode()).toMatch(TRACKING_CODE)
  })
})
