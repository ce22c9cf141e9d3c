import { describe, expect, it } from 'vitest'
import { keepRecent } from './keepRecent'

describe('keepRecent', () => {
  it('makes a value once while it is among the last made, and again once it was dropped', () => {
    const recent = new Map<string, number>()
    let made = 0
    const get = (key: string) => keepRecent(recent, 2, key, () => ++made)
    expect([get('a'), get('a'), get('b'), get('c')]).toEqual([1, 1, 2, 3])
    expect(recent.size).toBe(2)
    expect(get('b')).toBe(2)
    expect(get('a')).toBe(4)
  })

  it('keeps a value of undefined as made', () => {
    const recent = new Map<string, undefined>()
    let made = 0
    keepRecent(recent, 2, 'x', () => void made++)
    keepRecent(recent, 2, 'x', () => void made++)
    expect(made).toBe(1)
  })
})
