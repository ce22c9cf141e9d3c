/** A reporting period: a month (`2026-03`) or a quarter (`2026-Q1`). */
export interface ReportingPeriod {
  key: string
  kind: 'month' | 'quarter'
  year: number
  /** Month 1–12 or quarter 1–4. */
  number: number
  /** First and last month covered, 1–12. */
  firstMonth: number
  lastMonth: number
}

const PATTERN = /^(\d{4})-(?:Q([1-4])|(0[1-9]|1[0-2]))$/

/** The accepted forms, for messages. */
export const PERIOD_FORMAT = '2026-Q1 (quý) hoặc 2026-03 (tháng)'

/** Reads `2026-Q1` or `2026-03` (also `2026-q1`, with spaces around); null when it is neither. */
export function parsePeriod(text: string): ReportingPeriod | null {
  const match = text.trim().toUpperCase().match(PATTERN)
  if (!match) return null
  const year = Number(match[1])
  if (year < 2000 || year > 2100) return null
  if (match[2]) {
    const number = Number(match[2])
    return { key: `${year}-Q${number}`, kind: 'quarter', year, number, firstMonth: number * 3 - 2, lastMonth: number * 3 }
  }
  const number = Number(match[3])
  return { key: `${year}-${match[3]}`, kind: 'month', year, number, firstMonth: number, lastMonth: number }
}

/** True when two periods share a month (a quarter and one of its months, or the same period). */
export function periodsOverlap(a: ReportingPeriod, b: ReportingPeriod): boolean {
  return a.year === b.year && a.firstMonth <= b.lastMonth && b.firstMonth <= a.lastMonth
}

/** `Quý I/2026`, `Tháng 3/2026`, as the public site and agency reports write them. */
export function periodLabel(period: ReportingPeriod): string {
  return period.kind === 'quarter' ? `Quý ${['I', 'II', 'III', 'IV'][period.number - 1]}/${period.year}` : `Tháng ${period.number}/${period.year}`
}
