import { describe, expect, it } from 'vitest'
import { contains, dashboardPeriods, periodLabel, reportMonths } from './periods'

describe('dashboard periods', () => {
  it('offers the quarters, half-years and years that have reports, newest first; months count in their quarter', () => {
    const { quarters, halves, years } = dashboardPeriods(['2025-Q4', '2026-Q1', '2026-08', '2026-Q2', 'rubbish'])
    expect(quarters.map((q) => q.key)).toEqual(['2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4'])
    expect(halves.map((h) => h.slug)).toEqual(['2026-h2', '2026-h1', '2025-h2'])
    expect(years.map((y) => y.slug)).toEqual(['2026', '2025'])
  })

  it('knows which reports fall inside a period', () => {
    const [, h1] = dashboardPeriods(['2026-Q1', '2026-Q3']).halves
    expect(h1.key).toBe('2026-H1')
    expect(['2026-Q1', '2026-06', '2026-Q3', '2025-Q1'].map((p) => contains(h1, p))).toEqual([true, true, false, false])
    expect(reportMonths('2026-11')).toEqual({ year: 2026, firstMonth: 11, lastMonth: 11 })
  })

  it('labels periods the way reports name them', () => {
    const { quarters, halves, years } = dashboardPeriods(['2026-Q3', '2026-Q1'])
    expect(quarters.map((q) => periodLabel(q, 'vi'))).toEqual(['Quý III/2026', 'Quý I/2026'])
    expect(halves.map((h) => periodLabel(h, 'vi'))).toEqual(['6 tháng cuối năm 2026', '6 tháng đầu năm 2026'])
    expect(periodLabel(halves[1], 'en')).toBe('First half of 2026')
    expect(periodLabel(years[0], 'en')).toBe('2026')
  })
})
