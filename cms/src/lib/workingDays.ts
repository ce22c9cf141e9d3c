import { AGENCY_UTC_OFFSET_MS, agencyDay } from '@congkhai/contracts/time-zone'

/** A calendar day in Vietnam as `YYYY-MM-DD`. */
export type IsoDay = string

const DAY_MS = 24 * 3600_000

/**
 * The day `days` working days after `start`'s day in Vietnam, skipping Saturdays, Sundays and `holidays`.
 *
 * @remarks The day of receipt does not count (a submission received on Friday with a one-day deadline is due on
 * Monday). The result is the end of that day in Vietnam, so "overdue" begins the next morning.
 */
export function addWorkingDays(start: Date, days: number, holidays: Iterable<IsoDay> = []): Date {
  const skip = new Set(holidays)
  let day = new Date(`${agencyDay(start)}T00:00:00Z`)
  let left = days
  while (left > 0) {
    day = new Date(day.getTime() + DAY_MS)
    const weekday = day.getUTCDay()
    if (weekday === 0 || weekday === 6 || skip.has(day.toISOString().slice(0, 10))) continue
    left--
  }
  // 23:59:59.999 in Vietnam on the due day.
  return new Date(day.getTime() + DAY_MS - 1 - AGENCY_UTC_OFFSET_MS)
}
