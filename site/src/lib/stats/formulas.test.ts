import { describe, expect, it } from 'vitest'
import { emptyTally, formatRate, onlineShare, onTimeRate, overdue, pending, received, resolutionRate, resolved, rollUp, sum, tallyOf, toProcess, type Tally } from './formulas'

const t = (figures: Partial<Tally>): Tally => ({ ...emptyTally(), ...figures })

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
  })

  it('rates: on time 5/6, online 2/6, resolved 6/7', () => {
    expect(onTimeRate(q)).toBeCloseTo(5 / 6, 12)
    expect(onlineShare(q)).toBeCloseTo(1 / 3, 12)
    expect(resolutionRate(q)).toBeCloseTo(6 / 7, 12)
    expect(formatRate(onTimeRate(q), 'vi')).toBe('83,3%')
    expect(formatRate(onlineShare(q), 'en')).toBe('33.3%')
  })

  it('the seed agency’s half-year: 20 of 21 resolved without delay is 95.2%', () => {
    expect(formatRate(onTimeRate(t({ receivedInPerson: 21, resolvedOnTime: 20, resolvedLate: 1 })), 'vi')).toBe('95,2%')
  })

  it('no rate without a denominator, shown as a dash', () => {
    const none = emptyTally()
    expect([onTimeRate(none), onlineShare(none), resolutionRate(none)]).toEqual([null, null, null])
    expect(formatRate(null, 'vi')).toBe('—')
    expect(formatRate(1, 'vi')).toBe('100,0%')
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
