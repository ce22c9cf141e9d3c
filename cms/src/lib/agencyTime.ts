import { AGENCY_TIME_ZONE } from '@congkhai/contracts/time-zone'

/** How the admin writes a time of day (date-fns pattern): `20:35`, a 24-hour clock. */
export const ADMIN_TIME_FORMAT = 'HH:mm'

/** How the admin writes a date and time (date-fns pattern, Payload's `admin.dateFormat`): `06/12/2026 20:35`. */
export const ADMIN_DATE_TIME_FORMAT = `dd/MM/yyyy ${ADMIN_TIME_FORMAT}`

/**
 * Scheduled publishing as the collections with drafts offer it: the schedule drawer's list of times on a 24-hour
 * clock (`20:35`; Payload's default is `8:35 CH`, a 12-hour clock).
 */
export const SCHEDULE_PUBLISH = { timeFormat: ADMIN_TIME_FORMAT }

/** How the admin writes a calendar day (date-fns pattern, a day-only picker's `displayFormat`): `06/12/2026`. */
export const ADMIN_DAY_FORMAT = 'dd/MM/yyyy'

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: AGENCY_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function fields(instant: Date | string): Record<'day' | 'month' | 'year' | 'hour' | 'minute', string> | undefined {
  const date = new Date(instant)
  if (Number.isNaN(date.getTime())) return undefined
  return Object.fromEntries(parts.formatToParts(date).map((part) => [part.type, part.value])) as Record<'day' | 'month' | 'year' | 'hour' | 'minute', string>
}

/**
 * An instant as the admin shows it, in the agency's time zone whatever the browser's or the server's:
 * `06/12/2026 20:35` ({@link ADMIN_DATE_TIME_FORMAT}); empty for a missing or invalid value.
 *
 * @remarks Built from `Intl` parts rather than a locale's own order (vi-VN writes the time first), so every place
 * in the admin reads the same.
 */
export function formatAgencyDateTime(instant: Date | string | null | undefined): string {
  const f = instant == null ? undefined : fields(instant)
  return f ? `${f.day}/${f.month}/${f.year} ${f.hour}:${f.minute}` : ''
}

/** The agency's calendar day an instant falls on, as the admin shows it: `06/12/2026` ({@link ADMIN_DAY_FORMAT}). */
export function formatAgencyDay(instant: Date | string | null | undefined): string {
  const f = instant == null ? undefined : fields(instant)
  return f ? `${f.day}/${f.month}/${f.year}` : ''
}
