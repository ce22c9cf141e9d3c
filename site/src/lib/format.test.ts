import { describe, expect, it } from 'vitest'
import { formatDate, yearOf } from './format'

describe('dates', () => {
  it('are written as Vietnamese documents write them, or in English, in Vietnam time', () => {
    expect(formatDate('2020-05-15T00:00:00.000Z', 'vi')).toBe('15/05/2020')
    expect(formatDate('2020-05-15T00:00:00.000Z', 'en')).toBe('15 May 2020')
    expect(formatDate('2020-05-14T20:00:00.000Z', 'vi')).toBe('15/05/2020')
    expect(formatDate('not a date')).toBe('')
  })

  it('fall in the year of Vietnam time', () => {
    expect(yearOf('2020-12-31T18:00:00.000Z')).toBe(2021)
    expect(yearOf('2020-06-01T00:00:00.000Z')).toBe(2020)
  })
})
