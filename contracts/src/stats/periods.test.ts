import { describe, expect, it } from 'vitest'
import { parsePeriod, periodLabel, periodsOverlap } from './periods'

describe('parsePeriod', () => {
  it('reads quarters and months, normalising case and spaces', () => {
    expect(parsePeriod(' 2026-q2 ')).toMatchObject({ key: '2026-Q2', kind: 'quarter', firstMonth: 4, lastMonth: 6 })
    expect(parsePeriod('2026-03')).toMatchObject({ key: '2026-03', kind: 'month', number: 3, firstMonth: 3, lastMonth: 3 })
  })

  it('rejects anything else', () => {
    for (const text of ['2026-Q5', '2026-13', '2026-3', 'Q1/2026', '1999-Q1', '']) expect(parsePeriod(text), text).toBeNull()
  })
})

describe('periodsOverlap and periodLabel', () => {
  it('a quarter overlaps its months and itself, not its neighbours or another year', () => {
    const q1 = parsePeriod('2026-Q1')!
    expect(periodsOverlap(q1, parsePeriod('2026-03')!)).toBe(true)
    expect(periodsOverlap(q1, q1)).toBe(true)
    expect(periodsOverlap(q1, parsePeriod('2026-04')!)).toBe(false)
    expect(periodsOverlap(q1, parsePeriod('2025-Q1')!)).toBe(false)
  })

  it('labels in Vietnamese', () => {
    expect(periodLabel(parsePeriod('2026-Q3')!)).toBe('Quý III/2026')
    expect(periodLabel(parsePeriod('2026-11')!)).toBe('Tháng 11/2026')
  })
})
