import { describe, expect, it } from 'vitest'
import { CROCKFORD, isTrackingCode, LEGACY_TRACKING_CODE, newTrackingCode, parseTrackingCode, TRACKING_CODE } from './trackingCode'

/** The 15 Crockford digits of a code. */
const digitsOf = (code: string) => code.slice(3).replaceAll('-', '')
const asCode = (digits: string) => `GY-${digits.slice(0, 5)}-${digits.slice(5, 10)}-${digits.slice(10)}`

describe('tracking codes', () => {
  it('are GY- and three groups of five Crockford digits, 70 random bits, none alike in 10,000', () => {
    const codes = new Set(Array.from({ length: 10_000 }, () => newTrackingCode()))
    expect(codes.size).toBe(10_000)
    for (const code of [...codes].slice(0, 200)) {
      expect(code).toMatch(TRACKING_CODE)
      expect(isTrackingCode(code)).toBe(true)
      expect(code).not.toMatch(/[ILOU]/)
    }
    // Every random position takes every digit: nothing fixed, nothing sequential.
    const seen = Array.from({ length: 14 }, () => new Set<string>())
    for (const code of codes) [...digitsOf(code)].slice(0, 14).forEach((c, i) => seen[i]!.add(c))
    for (const s of seen) expect(s.size).toBe(32)
  })

  it('catch every single wrong digit and every swap of neighbours, check digit included', () => {
    for (let sample = 0; sample < 50; sample++) {
      const digits = digitsOf(newTrackingCode())
      for (let i = 0; i < 15; i++) {
        for (const c of CROCKFORD) {
          if (c === digits[i]) continue
          const typo = asCode(digits.slice(0, i) + c + digits.slice(i + 1))
          expect(isTrackingCode(typo), typo).toBe(false)
          expect(parseTrackingCode(typo)).toEqual({ ok: false, reason: 'mistyped' })
        }
      }
      for (let i = 0; i < 14; i++) {
        if (digits[i] === digits[i + 1]) continue
        const swapped = asCode(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2))
        expect(isTrackingCode(swapped), swapped).toBe(false)
      }
    }
  })

  it('are read as typed: any case, spaces or no dashes, O for 0 and I or L for 1', () => {
    const code = newTrackingCode()
    const digits = digitsOf(code)
    expect(parseTrackingCode(code)).toEqual({ ok: true, code, legacy: false })
    expect(parseTrackingCode(` ${code.toLowerCase()} `)).toEqual({ ok: true, code, legacy: false })
    expect(parseTrackingCode(digits)).toEqual({ ok: true, code, legacy: false })
    expect(parseTrackingCode(`gy ${digits.slice(0, 5)} ${digits.slice(5, 10)} ${digits.slice(10)}`)).toEqual({ ok: true, code, legacy: false })
    let gy = newTrackingCode()
    while (!digitsOf(gy).startsWith('G')) gy = newTrackingCode()
    expect(parseTrackingCode(digitsOf(gy))).toEqual({ ok: true, code: gy, legacy: false })
    let sample = newTrackingCode()
    while (!/[01]/.test(digitsOf(sample))) sample = newTrackingCode()
    const aliased = sample.replace(/0/g, 'o').replace(/1/g, 'l')
    expect(parseTrackingCode(aliased)).toEqual({ ok: true, code: sample, legacy: false })
    expect(parseTrackingCode(sample.replace(/1/g, 'I'))).toEqual({ ok: true, code: sample, legacy: false })
  })

  it('still read legacy codes, for look-ups of submissions made before', () => {
    expect(parseTrackingCode('GY-2026-000123')).toEqual({ ok: true, code: 'GY-2026-000123', legacy: true })
    expect(parseTrackingCode(' gy-2026-123 ')).toEqual({ ok: true, code: 'GY-2026-000123', legacy: true })
    expect(parseTrackingCode('GY2026000123')).toEqual({ ok: true, code: 'GY-2026-000123', legacy: true })
    expect('GY-2026-000123').toMatch(LEGACY_TRACKING_CODE)
    expect(isTrackingCode('GY-2026-000123')).toBe(false)
  })

  it('refuse what cannot be a code', () => {
    for (const bad of ['', 'GY-26-1', 'GY-2026-1234567', '<script>', 'GY-ABCDE-FGHJK-MNPQ', 'GY-ABCDE-FGHJK-MNPQRS', 'GY-UUUUU-UUUUU-UUUUU', 42, null, 'x'.repeat(100)]) {
      expect(parseTrackingCode(bad), String(bad)).toEqual({ ok: false, reason: 'invalid' })
    }
  })
})
