import { describe, expect, it } from 'vitest'
import { formatDate, formatRate, yearOf } from './format'

describe('formatDate and yearOf', () => {
  it('write dates as Vietnamese documents do, in Vietnam time', () => {
    expect(formatDate('2020-05-15T00:00:00.000Z')).toBe('15/05/2020')
    expect(formatDate('2020-05-15T00:00:00.000Z', 'en')).toBe('15 May 2020')
    // 20:00 UTC on 31 December is already New Year's Day in Hà Nội.
    expect(formatDate('2019-12-31T20:00:00.000Z')).toBe('01/01/2020')
    expect(yearOf('2019-12-31T20:00:00.000Z')).toBe(2020)
    expect(yearOf('2019-12-31T10:00:00.000Z')).toBe(2019)
    expect(yearOf('2019-12-31T10:00:00.000Z')).toBe(2019)
    expect(formatDate('not a date')).toBe('')
    expect(formatDate(null)).toBe('')
  })
})

describe('formatRate', () => {
  it('writes a rate with one decimal in the page’s language, and a dash for none', () => {
    expect(formatRate(5 / 6, 'vi')).toBe('83,3%')
    expect(formatRate(1 / 3, 'en')).toBe('33.3%')
    expect(formatRate(20 / 21, 'vi')).toBe('95,2%')
    expect(formatRate(1, 'vi')).toBe('100,0%')
    expect(formatRate(null, 'vi')).toBe('—')
  })
})
