import { AGENCY_TIME_ZONE } from '@congkhai/contracts/time-zone'
import { labels } from '../i18n/labels'
import type { Locale } from '../i18n/locale'

const vi = labels('vi')

// Made once: `toLocaleDateString` builds a new formatter on every call, which was a third of a 1,000-document
// build's CPU time (`npm run bench:build`).
const timeZone = AGENCY_TIME_ZONE
const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone }),
}
const yearFormat = new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone })
const years = new Map<string, number>()
// A build formats the same few thousand dates over and over, in lists and on pages.
const formatted = new Map<string, string>()

/** `2020-05-15T00:00:00.000Z` → `15/05/2020` as Vietnamese documents write dates, or `15 May 2020` in English. */
export function formatDate(iso?: string | null, locale: Locale = 'vi'): string {
  if (!iso) return ''
  const key = `${locale}${iso}`
  let text = formatted.get(key)
  if (text === undefined) {
    const d = new Date(iso)
    text = Number.isNaN(d.getTime()) ? '' : dateFormats[locale].format(d)
    formatted.set(key, text)
  }
  return text
}

/** The year a date falls in, in Vietnam's time zone. */
export function yearOf(iso: string): number {
  let year = years.get(iso)
  if (year === undefined) {
    year = Number(yearFormat.format(new Date(iso)))
    years.set(iso, year)
  }
  return year
}

/** Labels of a legal document's validity status (Vietnamese). */
export const validityLabels = vi.validity

/** Labels of legal document types (Vietnamese). */
export const documentTypeLabels = vi.documentType

/** Labels of a procedure's level and online-service level (Vietnamese). */
export const levelLabels = vi.level
export const onlineLabels = vi.online

/** Labels of submission channels and processing-time units (Vietnamese). */
export const channelLabels = vi.channel
export const timeUnitLabels = vi.timeUnit

/** `200000` → `200.000 đồng` (`200,000 VND` in English); 0 → `Không thu phí` (`No fee`). */
export function formatFee(amount?: number | null, text?: string | null, locale: Locale = 'vi'): string {
  if (amount === 0) return locale === 'vi' ? 'Không thu phí' : 'No fee'
  if (typeof amount === 'number') return locale === 'vi' ? `${amount.toLocaleString('vi-VN')} đồng` : `${amount.toLocaleString('en-GB')} VND`
  return text ?? ''
}

/** A rate as a percentage with one decimal in the page's language (`95,2%`, `95.2%`), or a dash when there is none. */
export function formatRate(rate: number | null, locale: Locale): string {
  if (rate === null) return '—'
  return `${(Math.round(rate * 1000) / 10).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`
}
