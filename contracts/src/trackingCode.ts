import { randomInt } from 'node:crypto'

/**
 * Crockford's base32 digits: 0-9 and A-Z without I, L, O, U, so a code read aloud or copied by hand has no look-alikes.
 */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

const SYMBOL = '[0-9A-HJKMNP-TV-Z]'

/** A tracking code as the site issues it: `GY-` and three groups of five Crockford digits, the last one a check digit. */
export const TRACKING_CODE = new RegExp(`^GY-${SYMBOL}{5}-${SYMBOL}{5}-${SYMBOL}{5}$`)

/** A code from before random codes (`GY-2026-000123`): still found by look-ups, never issued again. */
export const LEGACY_TRACKING_CODE = /^GY-\d{4}-\d{6}$/

/** Random digits in a code: 14 × 5 bits = 70 bits. */
const RANDOM_DIGITS = 14

/** Multiplication by x in GF(32) with the primitive polynomial x⁵ + x² + 1. */
const times2 = (v: number) => ((v << 1) & 32 ? (v << 1) ^ 0b100101 : v << 1)

/**
 * The check value of a run of digits: a Damm chain over the quasigroup `a ∘ b = 2·a ⊕ b` of GF(32).
 *
 * @remarks The quasigroup is totally anti-symmetric (`(c∘x)∘y = (c∘y)∘x` only when `x = y`), so a chain that ends in 0
 * changes its end for every single wrong digit and every swap of two neighbours, the check digit included.
 */
function chain(values: number[]): number {
  let interim = 0
  for (const v of values) interim = times2(interim) ^ v
  return interim
}

const valuesOf = (digits: string) => [...digits].map((c) => CROCKFORD.indexOf(c))

/** Formats 15 Crockford digits as `GY-XXXXX-XXXXX-XXXXX`. */
const format = (digits: string) => `GY-${digits.slice(0, 5)}-${digits.slice(5, 10)}-${digits.slice(10, 15)}`

/** A new tracking code: 70 random bits and a check digit, `GY-7K2QD-M9XWB-4TRN8`. */
export function newTrackingCode(): string {
  let digits = ''
  for (let i = 0; i < RANDOM_DIGITS; i++) digits += CROCKFORD[randomInt(32)]
  // The check digit c makes the chain end in 0: 2·interim ⊕ c = 0.
  return format(digits + CROCKFORD[times2(chain(valuesOf(digits)))])
}

/** What a citizen's input turned out to be. */
export type ParsedTrackingCode = { ok: true; code: string; legacy: boolean } | { ok: false; reason: 'invalid' | 'mistyped' }

/**
 * Reads a tracking code as a citizen typed it: any case, spaces or dashes anywhere or none, and Crockford's aliases
 * (O for 0, I and L for 1); legacy codes (`gy-2026-123`) too.
 *
 * @remarks `mistyped` means it has the shape of a code but its check digit does not match: almost certainly a typo,
 * and worth telling the citizen so rather than "not found".
 */
export function parseTrackingCode(input: unknown): ParsedTrackingCode {
  if (typeof input !== 'string' || input.length > 60) return { ok: false, reason: 'invalid' }
  const compact = input.toUpperCase().replace(/[\s\-–—.·_]+/g, '')
  const legacy = /^GY(\d{4})(\d{1,6})$/.exec(compact)
  if (legacy) {
    return { ok: true, code: `GY-${legacy[1]}-${legacy[2]!.padStart(6, '0')}`, legacy: true }
  }
  // Without its prefix a code is 15 digits, which may themselves start with GY.
  const body = (compact.length === 17 && compact.startsWith('GY') ? compact.slice(2) : compact).replace(/O/g, '0').replace(/[IL]/g, '1')
  if (!new RegExp(`^${SYMBOL}{15}$`).test(body)) return { ok: false, reason: 'invalid' }
  if (chain(valuesOf(body)) !== 0) return { ok: false, reason: 'mistyped' }
  return { ok: true, code: format(body), legacy: false }
}

/** True for a code in the current format whose check digit matches. */
export function isTrackingCode(code: unknown): code is string {
  return typeof code === 'string' && TRACKING_CODE.test(code) && chain(valuesOf(code.slice(3).replaceAll('-', ''))) === 0
}
