import { describe, expect, it } from 'vitest'
import { AGENCY_TIME_ZONE, AGENCY_UTC_OFFSET_MS, agencyDay, agencyNoon } from './timeZone'

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

describe('agencyNoon', () => {
  it("is noon in Vietnam on the instant's day there, which a browser in UTC shows as the same day", () => {
    // 01:00 on 7 December in Vietnam is still 6 December in UTC.
    expect(agencyNoon(new Date('2026-12-06T18:00:00Z'))).toBe('2026-12-07T05:00:00.000Z')
    expect(agencyNoon(new Date('2026-12-07T16:59:59Z'))).toBe('2026-12-07T05:00:00.000Z')
    expect(agencyNoon(new Date('2026-12-07T17:00:00Z'))).toBe('2026-12-08T05:00:00.000Z')
    for (const zone of ['UTC', 'Asia/Ho_Chi_Minh', 'America/New_York', 'Asia/Tokyo']) {
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: zone, dateStyle: 'short' }).format(new Date(agencyNoon(new Date('2026-12-06T18:00:00Z'))))
      expect(day, zone).toBe('2026-12-07')
    }
  })
})
