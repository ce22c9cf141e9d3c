/**
 * The formulas of dossier-processing statistics, as provincial dashboards publish them (Bộ chỉ số phục vụ người dân,
 * doanh nghiệp). Pure functions over the ten figures a report holds: the CMS checks a report's balance with them, the
 * public site prints them in words.
 */
import { FIGURES, type FigureName, type Figures } from './figures'

const NAMES: FigureName[] = FIGURES.map((f) => f.name)

/** A tally of zeros. */
export const emptyTally = (): Figures => Object.fromEntries(NAMES.map((f) => [f, 0])) as unknown as Figures

/** Only the ten figures of a record that may carry more (ids, period, notes); missing figures are 0. */
export const tallyOf = (record: Partial<Record<FigureName, number | null>>): Figures => Object.fromEntries(NAMES.map((f) => [f, record[f] ?? 0])) as unknown as Figures

/** Received in the period = online + in person + by post. */
export const received = (t: Figures): number => t.receivedOnline + t.receivedInPerson + t.receivedByPost

/** To process (phải giải quyết) = carried over + received. */
export const toProcess = (t: Figures): number => t.carriedOver + received(t)

/** Resolved (đã giải quyết) = early + on time + late. */
export const resolved = (t: Figures): number => t.resolvedEarly + t.resolvedOnTime + t.resolvedLate

/** Resolved without delay (đúng hạn, as agencies report it) = early + on time. */
export const resolvedNotLate = (t: Figures): number => t.resolvedEarly + t.resolvedOnTime

/** In progress at the end of the period = not yet due + overdue. */
export const pending = (t: Figures): number => t.pendingNotDue + t.pendingOverdue

/** Accounted for at the end of the period = resolved + in progress + returned or withdrawn. */
export const accountedFor = (t: Figures): number => resolved(t) + pending(t) + t.returned

/**
 * How far a report is from balancing: to process − accounted for. Zero when it balances; positive when dossiers are
 * missing from the outcomes, negative when the outcomes count more than there were.
 *
 * @remarks The balance every report must satisfy: carried over + received = resolved + in progress + returned.
 */
export const imbalance = (t: Figures): number => toProcess(t) - accountedFor(t)

/** Overdue = resolved late + still in progress past the deadline. */
export const overdue = (t: Figures): number => t.resolvedLate + t.pendingOverdue

/** On-time rate = (early + on time) / resolved: the share of processed dossiers that were not late. Null with nothing resolved. */
export const onTimeRate = (t: Figures): number | null => (resolved(t) === 0 ? null : resolvedNotLate(t) / resolved(t))

/** Online share = received online / received. Null with nothing received. */
export const onlineShare = (t: Figures): number | null => (received(t) === 0 ? null : t.receivedOnline / received(t))

/** Resolution rate = resolved / to process. Null with nothing to process. */
export const resolutionRate = (t: Figures): number | null => (toProcess(t) === 0 ? null : resolved(t) / toProcess(t))

/** The sum of tallies of the same period (procedures of a field, the whole agency). */
export function sum(tallies: Figures[]): Figures {
  const total = emptyTally()
  for (const t of tallies) for (const f of NAMES) total[f] += t[f]
  return total
}

/**
 * One procedure's tally over consecutive periods, oldest first (months into a quarter, quarters into a half-year):
 * what was carried into the first, everything received and resolved in any, and what was in progress after the last.
 *
 * @remarks Summing the carried-over or in-progress figures instead would count a dossier once per period it spans.
 */
export function rollUp(chronological: Figures[]): Figures {
  if (chronological.length === 0) return emptyTally()
  const total = sum(chronological)
  const first = chronological[0]
  const last = chronological[chronological.length - 1]
  return { ...total, carriedOver: first.carriedOver, pendingNotDue: last.pendingNotDue, pendingOverdue: last.pendingOverdue }
}
