import { agencyDay } from '@congkhai/contracts/time-zone'
import { describe, expect, it } from 'vitest'
import { addWorkingDays } from './workingDays'

describe('addWorkingDays', () => {
  it('skips weekends and does not count the day of receipt', () => {
    // Friday 2026-11-27, 10:00 in Vietnam.
    const friday = new Date('2026-11-27T03:00:00Z')
    expect(agencyDay(addWorkingDays(friday, 1))).toBe('2026-11-30')
    expect(agencyDay(addWorkingDays(friday, 5))).toBe('2026-12-04')
    expect(agencyDay(addWorkingDays(friday, 10))).toBe('2026-12-11')
  })

  it('skips configured holidays', () => {
    const friday = new Date('2026-11-27T03:00:00Z')
    expect(agencyDay(addWorkingDays(friday, 1, ['2026-11-30', '2026-12-01']))).toBe('2026-12-02')
  })

  it('counts from the day in Vietnam, not in UTC', () => {
    // 2026-11-27 20:00 UTC is already Saturday 28th 03:00 in Vietnam: the next working day is Monday... plus one.
    expect(agencyDay(addWorkingDays(new Date('2026-11-27T20:00:00Z'), 1))).toBe('2026-11-30')
    expect(agencyDay(addWorkingDays(new Date('2026-11-29T20:00:00Z'), 1))).toBe('2026-12-01')
  })

  it('ends at the last millisecond of the due day in Vietnam', () => {
    expect(addWorkingDays(new Date('2026-11-27T03:00:00Z'), 1).toISOString()).toBe('2026-11-30T16:59:59.999Z')
  })
})
