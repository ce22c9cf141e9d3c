import { parsePeriod, periodLabel as reportPeriodLabel } from '@congkhai/contracts/stats'
import type { Locale } from '../i18n/locale'

/** A period the dashboard can show: a quarter, a half-year or a year, built from the months and quarters reported. */
export interface DashboardPeriod {
  /** `2026-Q3`, `2026-H1`, `2026`. */
  key: string
  /** The URL segment: `2026-q3`, `2026-h1`, `2026`. */
  slug: string
  kind: 'quarter' | 'half' | 'year'
  year: number
  firstMonth: number
  lastMonth: number
}

/**
 * The months a stored report period covers: `2026-Q1` → 1–3, `2026-03` → 3–3; null when it is neither.
 *
 * @remarks Read with the CMS's own rules (`parsePeriod`), which stored every period in this form.
 */
export function reportMonths(period: string): { year: number; firstMonth: number; lastMonth: number } | null {
  const parsed = parsePeriod(period)
  return parsed && { year: parsed.year, firstMonth: parsed.firstMonth, lastMonth: parsed.lastMonth }
}

const quarter = (year: number, q: number): DashboardPeriod => ({ key: `${year}-Q${q}`, slug: `${year}-q${q}`, kind: 'quarter', year, firstMonth: q * 3 - 2, lastMonth: q * 3 })
const half = (year: number, h: number): DashboardPeriod => ({ key: `${year}-H${h}`, slug: `${year}-h${h}`, kind: 'half', year, firstMonth: h * 6 - 5, lastMonth: h * 6 })
const whole = (year: number): DashboardPeriod => ({ key: String(year), slug: String(year), kind: 'year', year, firstMonth: 1, lastMonth: 12 })

/** True when a stored report period lies inside a dashboard period. */
export function contains(period: DashboardPeriod, report: string): boolean {
  const m = reportMonths(report)
  return m !== null && m.year === period.year && m.firstMonth >= period.firstMonth && m.lastMonth <= period.lastMonth
}

/**
 * Every quarter, half-year and year that has at least one report, newest first within each kind.
 *
 * @remarks A monthly report counts in its quarter; a half-year or year still in progress is offered with what it
 * has so far, and the page says which quarters that is.
 */
export function dashboardPeriods(reportPeriods: string[]): { quarters: DashboardPeriod[]; halves: DashboardPeriod[]; years: DashboardPeriod[] } {
  const quarters = new Map<string, DashboardPeriod>()
  for (const p of reportPeriods) {
    const m = reportMonths(p)
    if (!m) continue
    const q = quarter(m.year, Math.ceil(m.firstMonth / 3))
    quarters.set(q.key, q)
  }
  const newestFirst = (a: DashboardPeriod, b: DashboardPeriod) => b.year - a.year || b.firstMonth - a.firstMonth
  const qs = [...quarters.values()].sort(newestFirst)
  const halves = new Map(qs.map((q) => half(q.year, q.firstMonth <= 6 ? 1 : 2)).map((h) => [h.key, h]))
  const years = new Map(qs.map((q) => whole(q.year)).map((y) => [y.key, y]))
  return { quarters: qs, halves: [...halves.values()].sort(newestFirst), years: [...years.values()].sort(newestFirst) }
}

/** `Quý III/2026`, `6 tháng đầu năm 2026`, `Năm 2026`; `Q3 2026`, `First half of 2026`, `2026` in English. */
export function periodLabel(period: DashboardPeriod, locale: Locale): string {
  const n = period.kind === 'quarter' ? Math.ceil(period.firstMonth / 3) : period.firstMonth === 1 ? 1 : 2
  if (locale === 'vi') {
    // A quarter is written as the CMS writes a report's: `Quý III/2026`.
    if (period.kind === 'quarter') return reportPeriodLabel(parsePeriod(period.key)!)
    if (period.kind === 'half') return `6 tháng ${n === 1 ? 'đầu' : 'cuối'} năm ${period.year}`
    return `Năm ${period.year}`
  }
  if (period.kind === 'quarter') return `Q${n} ${period.year}`
  if (period.kind === 'half') return `${n === 1 ? 'First' : 'Second'} half of ${period.year}`
  return String(period.year)
}
