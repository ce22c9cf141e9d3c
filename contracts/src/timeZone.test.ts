import { describe, expect, it } from 'vitest'
import { AGENCY_TIME_ZONE, AGENCY_UTC_OFFSET_MS, agencyDay } from './timeZone'

describe('the agency time zone', () => {
  it('puts 20:00 UTC on 31 December on New Year’s Day, as a clock in Hà Nội shows it', () => {
    expect(agencyDay(new Date('2019-12-31T20:00:00Z'))).toBe('2020-01-01')
    expect(agencyDay(new Date('2019-12-31T16:59:59.999Z'))).toBe('2019-12-31')
  })

  it('the offset and the zone name agree', () => {
    const instant = new Date('2026-07-01T18:30:00Z')
    const local = new Intl.DateTimeFormat('en-CA', { timeZone: AGENCY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant)
    expect(local).toBe(new Date(instant.getTime() + AGENCY_UTC_OFFSET_MS).toISOString().slice(0, 16).replace('T', ', '))
  })
})
