import { describe, expect, it } from 'vitest'
import { percentile } from './percentile'

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1)
    expect([percentile(values, 0.5), percentile(values, 0.95), percentile(values, 1)]).toEqual([50, 95, 100])
    expect(percentile([7], 0.95)).toBe(7)
  })
})
