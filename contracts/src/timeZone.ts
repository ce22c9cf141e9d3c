/**
 * The agency's time zone, as the IANA name `Intl` formatters take: Vietnam, UTC+7 all year.
 *
 * @remarks Dates a citizen or an editor reads (issued, received, due) are calendar days in Vietnam, whatever the
 * server's own zone; the CMS's admin and the public site format them in this zone and compute deadlines with
 * {@link AGENCY_UTC_OFFSET_MS}.
 */
export const AGENCY_TIME_ZONE = 'Asia/Ho_Chi_Minh'

/** The agency's offset from UTC in milliseconds: Vietnam keeps UTC+7 all year (no daylight saving time). */
export const AGENCY_UTC_OFFSET_MS = 7 * 3600_000

/** The calendar day in the agency's time zone (Vietnam, UTC+7) that an instant falls on, as `YYYY-MM-DD`. */
export function agencyDay(instant: Date): string {
  return new Date(instant.getTime() + AGENCY_UTC_OFFSET_MS).toISOString().slice(0, 10)
}

/**
 * Noon in the agency's time zone on the day an instant falls on there, as an ISO instant: the value a day-only date
 * field defaults to (a news item's date, a question's answer date).
 *
 * @remarks The instant itself would do for the site, which shows Vietnam's day, but the admin's date picker shows the
 * editor's own zone: created at 01:00 in Vietnam, a UTC browser showed the day before. Noon in Vietnam is the same
 * calendar day from UTC-5 to UTC+11.
 */
export function agencyNoon(instant: Date): string {
  return new Date(Date.parse(`${agencyDay(instant)}T12:00:00.000Z`) - AGENCY_UTC_OFFSET_MS).toISOString()
}
