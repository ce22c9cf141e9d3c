/**
 * The formulas of dossier-processing statistics, as provincial dashboards publish them (Bộ chỉ số phục vụ người dân,
 * doanh nghiệp). Pure functions over the ten figures a report holds; the public page prints them in words.
 */

/** The ten figures of a processing report (one period, one procedure) or of a sum of reports. */
export interface Tally {
  carriedOver: number
  receivedOnline: number
  receivedInPerson: number
  receivedByPost: number
  resolvedEarly: number
  resolvedOnTime: number
  resolvedLate: number
  pendingNotDue: number
  pendingOverdue: number
  returned: number
}

const FIELDS: (keyof Tally)[] = ['carriedOver', 'receivedOnline', 'receivedInPerson', 'receivedByPost', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate', 'pendingNotDue', 'pendingOverdue', 'returned']

/** A tally of zeros. */
export const emptyTally = (): Tally => Object.fromEntries(FIELDS.map((f) => [f, 0])) as unknown as Tally

/** Only the ten figures of a record that may carry more (ids, period, notes); missing figures are 0. */
export const tallyOf = (record: Partial<Record<keyof Tally, number | null>>): Tally => Object.fromEntries(FIELDS.map((f) => [f, record[f] ?? 0])) as unknown as Tally

/** Received in the period = online + in person + by post. */
export const received = (t: Tally): number => t.receivedOnline + t.receivedInPerson + t.receivedByPost

/** To process (phải giải quyết) = carried over + received. */
export const toProcess = (t: Tally): number => t.carriedOver + received(t)

/** Resolved (đã giải quyết) = early + on time + late. */
export const resolved = (t: Tally): number => t.resolvedEarly + t.resolvedOnTime + t.resolvedLate

/** Resolved without delay (đúng hạn, as agencies report it) = early + on time. */
export const resolvedNotLate = (t: Tally): number => t.resolvedEarly + t.resolvedOnTime

/** In progress at the end of the period = not yet due + overdue. */
export const pending = (t: Tally): number => t.pendingNotDue + t.pendingOverdue

/** Overdue = resolved late + still in progress past the deadline. */
export const overdue = (t: Tally): number => t.resolvedLate + t.pendingOverdue

/** On-time rate = (early + on time) / resolved: the share of processed dossiers that were not late. Null with nothing resolved. */
export const onTimeRate = (t: Tally): number | null => (resolved(t) === 0 ? null : resolvedNotLate(t) / resolved(t))

/** Online share = received online / received. Null with nothing received. */
export const onlineShare = (t: Tally): number | null => (received(t) === 0 ? null : t.receivedOnline / received(t))

/** Resolution rate = resolved / to process. Null with nothing to process. */
export const resolutionRate = (t: Tally): number | null => (toProcess(t) === 0 ? null : resolved(t) / toProcess(t))

/** The sum of tallies of the same period (procedures of a field, the whole agency). */
export function sum(tallies: Tally[]): Tally {
  const total = emptyTally()
  for (const t of tallies) for (const f of FIELDS) total[f] += t[f]
  return total
}

/**
 * One procedure's tally over consecutive periods, oldest first (months into a quarter, quarters into a half-year):
 * what was carried into the first, everything received and resolved in any, and what was in progress after the last.
 *
 * @remarks Summing the carried-over or in-progress figures instead would count a dossier once per period it spans.
 */
export function rollUp(chronological: Tally[]): Tally {
  if (chronological.length === 0) return emptyTally()
  const total = sum(chronological)
  const first = chronological[0]
  const last = chronological[chronological.length - 1]
  return { ...total, carriedOver: first.carriedOver, pendingNotDue: last.pendingNotDue, pendingOverdue: last.pendingOverdue }
}

/** A rate as a percentage with one decimal in the page's language (`95,2%`, `95.2%`), or a dash when there is none. */
export function formatRate(rate: number | null, locale: 'vi' | 'en'): string {
  if (rate === null) return '—'
  return `${(Math.round(rate * 1000) / 10).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`
}
