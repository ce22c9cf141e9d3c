import { afterEach, describe, expect, it, vi } from 'vitest'
import { collectWhenIdle } from './idleCollection'

describe('collectWhenIdle', () => {
  afterEach(() => {
    vi.useRealTimers()
    delete (globalThis as { gc?: () => void }).gc
  })

  it('collects once, ten seconds after the last call, and never while calls keep coming', () => {
    vi.useFakeTimers()
    const gc = vi.fn()
    ;(globalThis as { gc?: () => void }).gc = gc
    for (let i = 0; i < 30; i++) {
      collectWhenIdle()
      vi.advanceTimersByTime(1000)
    }
    expect(gc).not.toHaveBeenCalled()
    vi.advanceTimersByTime(10_000)
    expect(gc).toHaveBeenCalledTimes(1)
    expect(gc).toHaveBeenCalledWith({ type: 'major', execution: 'sync', flavor: 'last-resort' })
    vi.advanceTimersByTime(60_000)
    expect(gc).toHaveBeenCalledTimes(1)
  })

  it('does nothing in a process started without --expose-gc', () => {
    vi.useFakeTimers()
    collectWhenIdle()
    expect(vi.getTimerCount()).toBe(0)
  })
})
