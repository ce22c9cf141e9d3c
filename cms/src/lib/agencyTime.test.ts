import { describe, expect, it } from 'vitest'
import { formatAgencyDateTime, formatAgencyDay } from './agencyTime'

describe('formatAgencyDateTime', () => {
  it('writes an instant as dd/MM/yyyy HH:mm in Vietnam (UTC+7), 24-hour', () => {
    expect(formatAgencyDateTime('2026-12-06T07:18:00Z')).toBe('06/12/2026 14:18')
    // 20:35 UTC is already the next day in Vietnam.
    expect(formatAgencyDateTime(new Date('2026-12-06T20:35:00Z'))).toBe('07/12/2026 03:35')
    expect(formatAgencyDateTime('2026-01-01T17:00:00Z')).toBe('02/01/2026 00:00')
  })

  it('gives nothing for a missing or unreadable value', () => {
    expect(formatAgencyDateTime(undefined)).toBe('')
    expect(formatAgencyDateTime('not a date')).toBe('')
  })
})

describe('formatAgencyDay', () => {
  it('gives the calendar day in Vietnam', () => {
    expect(formatAgencyDay('2026-12-06T20:35:00Z')).toBe('07/12/2026')
    expect(formatAgencyDay(null)).toBe('')
  })
})
