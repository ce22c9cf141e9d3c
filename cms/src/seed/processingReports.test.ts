import { describe, expect, it } from 'vitest'
import { checkFigures } from '../collections/ProcessingReports/checkFigures'
import { processingReports } from './data/processingReports'
import { procedures } from './data/procedures'

describe('seed statistics', () => {
  it('every report balances and names a seeded procedure', () => {
    const codes = new Set(procedures.map((p) => p.code))
    for (const { code, period, note: _note, ...figures } of processingReports) {
      expect(checkFigures(figures), `${period} ${code}`).toEqual([])
      expect(codes.has(code), code).toBe(true)
    }
  })

  it('agree with the agency’s first-half 2026 report: 21 received, 20 resolved on time, 1 late, nothing left over', () => {
    const h1 = processingReports.filter((r) => r.period === '2026-Q1' || r.period === '2026-Q2')
    const total = (pick: (r: (typeof h1)[number]) => number, rows = h1) => rows.reduce((n, r) => n + pick(r), 0)
    expect(total((r) => r.receivedOnline + r.receivedInPerson + r.receivedByPost)).toBe(21)
    expect(total((r) => r.resolvedEarly + r.resolvedOnTime)).toBe(20)
    expect(total((r) => r.resolvedLate)).toBe(1)
    expect(total((r) => r.carriedOver, h1.filter((r) => r.period === '2026-Q1'))).toBe(0)
    expect(total((r) => r.pendingNotDue + r.pendingOverdue + r.returned, h1.filter((r) => r.period === '2026-Q2'))).toBe(0)
  })
})
