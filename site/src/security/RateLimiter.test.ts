import { describe, expect, it } from 'vitest'
import { RateLimiter } from './RateLimiter'

describe('RateLimiter', () => {
  it('allows a few requests a minute per address, then says how long to wait', () => {
    const limiter = new RateLimiter(3)
    expect([0, 1, 2].map((i) => limiter.take('1.2.3.4', 1000 + i))).toEqual([0, 0, 0])
    expect(limiter.take('1.2.3.4', 2000)).toBe(59)
    expect(limiter.take('5.6.7.8', 2000)).toBe(0)
    expect(limiter.take('1.2.3.4', 61_001)).toBe(0)
  })

  it('is off at 0', () => {
    const limiter = new RateLimiter(0)
    expect(Array.from({ length: 100 }, () => limiter.take('a')).every((w) => w === 0)).toBe(true)
  })
})
