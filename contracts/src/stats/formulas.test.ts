import { describe, expect, it } from 'vitest'
import type { Figures } from './figures'
import { accountedFor, emptyTally, imbalance, onlineShare, onTimeRate, overdue, pending, received, resolutionRate, resolved, rollUp, sum, tallyOf, toProcess } from './formulas'

const t = (figures: Partial<Figures>): Figures => ({ ...emptyTally(), ...figures })

describe('formulas, against figures worked out by hand', () => {
  // Q: 1 carried over; 2 online + 3 in person + 1 by post = 6 received; 7 to process.
  // Resolved 2 early + 3 on time + 1 late = 6; 1 overdue in progress; 0 returned. 6 + 1 + 0 = 7.
  const q = t({ carriedOver: 1, receivedOnline: 2, receivedInPerson: 3, receivedByPost: 1, resolvedEarly: 2, resolvedOnTime: 3, resolvedLate: 1, pendingOverdue: 1 })

  it('totals', () => {
    expect(received(q)).toBe(6)
    expect(toProcess(q)).toBe(7)
    expect(resolved(q)).toBe(6)
    expect(pending(q)).toBe(1)
    expect(overdue(q)).toBe(2)
    expect(accountedFor(q)).toBe(7)
    expect(imbalance(q)).toBe(0)
  })

  it('imbalance: positive when dossiers are missing from the outcomes, negative when there are too many', () => {
    expect(imbalance({ ...q, pendingOverdue: 0 })).toBe(1)
    expect(imbalance({ ...q, returned: 2 })).toBe(-2)
  })

  it('rates: on time 5/6, online 2/6, resolved 6/7', () => {
    expect(onTimeRate(q)).toBeCloseTo(5 / 6, 12)
    expect(onlineShare(q)).toBeCloseTo(1 / 3, 12)
    expect(resolutionRate(q)).toBeCloseTo(6 / 7, 12)
  })

  it('the seed agency’s half-year: 20 of 21 resolved without delay', () => {
    expect(onTimeRate(t({ receivedInPerson: 21, resolvedOnTime: 20, resolvedLate: 1 }))).toBeCloseTo(20 / 21, 12)
  })

  it('no rate without a denominator', () => {
    const none = emptyTally()
    expect([onTimeRate(none), onlineShare(none), resolutionRate(none)]).toEqual([null, null, null])
  })
})

describe('combining reports', () => {
  it('sum adds every figure of the same period', () => {
    expect(sum([t({ receivedOnline: 1, pendingNotDue: 2 }), t({ receivedOnline: 3, carriedOver: 1 })])).toEqual(t({ receivedOnline: 4, pendingNotDue: 2, carriedOver: 1 }))
  })

  it('rollUp over consecutive periods keeps the first carry-over and the last backlog', () => {
    // Q1: 0 + 2 received = 1 resolved + 1 pending. Q2: 1 carried + 3 received = 4 resolved. Half-year: 0 + 5 = 5 + 0.
    const q1 = t({ receivedOnline: 2, resolvedOnTime: 1, pendingNotDue: 1 })
    const q2 = t({ carriedOver: 1, receivedOnline: 3, resolvedEarly: 1, resolvedOnTime: 3 })
    const half = rollUp([q1, q2])
    expect(half).toEqual(t({ receivedOnline: 5, resolvedEarly: 1, resolvedOnTime: 4 }))
    expect(toProcess(half)).toBe(resolved(half) + pending(half) + half.returned)
    expect(rollUp([])).toEqual(emptyTally())
  })

  it('tallyOf keeps only the figures and fills the missing ones with 0', () => {
    expect(tallyOf({ receivedOnline: 2, resolvedLate: null, id: 7 } as never)).toEqual(t({ receivedOnline: 2 }))
  })
})
