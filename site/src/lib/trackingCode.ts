import { randomInt } from 'node:crypto'

/** `GY-2026-000123`: the tracking code the site gives every accepted submission. */
export const TRACKING_CODE = /^GY-(\d{4})-(\d{6})$/

/** Normalises what a citizen typed (`gy-2026-123`, spaces) into a tracking code, or null when it cannot be one. */
export function parseTrackingCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 40) return null
  const match = /^GY-?(\d{4})-?(\d{1,6})$/.exec(input.replace(/\s+/g, '').toUpperCase())
  return match ? `GY-${match[1]}-${match[2]!.padStart(6, '0')}` : null
}

/** A code that looks real, for answers to submissions that were quietly discarded (from the upper half, which a year of real numbering does not reach). */
export function fakeTrackingCode(now = new Date()): string {
  const year = new Date(now.getTime() + 7 * 3600_000).getUTCFullYear()
  return `GY-${year}-${String(randomInt(500_000, 1_000_000)).padStart(6, '0')}`
}
