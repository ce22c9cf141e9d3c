import { describe, expect, it } from 'vitest'
import { derived, keepDerived } from './derived'

describe('derived', () => {
  it('makes the value every time until keeping is turned on, then once per object and kind', () => {
    let made = 0
    const make = () => ++made
    const doc = { id: 1 }
    expect([derived(doc, 'a', make), derived(doc, 'a', make)]).toEqual([1, 2])
    keepDerived()
    expect([derived(doc, 'a', make), derived(doc, 'a', make)]).toEqual([3, 3])
    expect(derived(doc, 'b', make)).toBe(4)
    // A patched document is a new object: its values are made again.
    expect(derived({ id: 1 }, 'a', make)).toBe(5)
  })
})
