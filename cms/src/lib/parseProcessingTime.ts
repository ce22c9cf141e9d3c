/** A processing time split into a number and a unit, as the procedures collection stores it. */
export interface ProcessingTime {
  value: number
  unit: 'ngay-lam-viec' | 'ngay' | 'gio' | 'thang'
}

const UNITS: [RegExp, ProcessingTime['unit']][] = [
  [/^ngày làm việc/i, 'ngay-lam-viec'],
  [/^giờ( làm việc)?/i, 'gio'],
  [/^tháng/i, 'thang'],
  [/^ngày/i, 'ngay'],
]

/**
 * Reads the first processing time in portal text: `15 ngày làm việc` → `{ value: 15, unit: 'ngay-lam-viec' }`.
 *
 * @remarks Returns null rather than guessing when no number is followed by a known unit. A number spelled out in
 * brackets between the digits and the unit (`05 (năm) ngày làm việc`) is skipped, as official texts write it so.
 */
export function parseProcessingTime(text: string): ProcessingTime | null {
  const normalized = text.normalize('NFC')
  for (const match of normalized.matchAll(/(\d+(?:[.,]\d+)?)\s*/g)) {
    const rest = normalized.slice((match.index ?? 0) + match[0].length).replace(/^\([^()\d]{1,20}\)\s*/, '')
    const unit = UNITS.find(([pattern]) => pattern.test(rest))
    if (unit) return { value: Number(match[1].replace(',', '.')), unit: unit[1] }
  }
  return null
}
