import { afterEach, describe, expect, it, vi } from 'vitest'
import { collectWhenIdle } from './idleCollection'

describe('collectWhenIdle', () => {
  afterEach(() => {
    vi.useRealTimers()
    delete (globalThis as { gc?: () => void }).gc
  })

  it('collects once, two seconds after the last call, never while calls keep coming, again only once the heap grew', () => {
    vi.useFakeTimers()
    const gc = vi.fn()
    ;(globalThis as { gc?: () => void }).gc = gc
    for (let i = 0; i < 30; i++) {
      collectWhenIdle()
      vi.advanceTimersByTime(1000)
    }
    expect(gc).not.toHaveBeenCalled()
    vi.advanceTimersByTime(2_000)
    expect(gc).toHaveBeenCalledTimes(1)
    expect(gc).toHaveBeenCalledWith({ type: 'major', execution: 'sync', flavor: 'last-resort' })
    vi.advanceTimersByTime(60_000)
    expect(gc).toHaveBeenCalledTimes(1)
    // Quiet again with the heap as it was (the stand-in collected nothing): nothing worth a pause.
    collectWhenIdle()
    vi.advanceTimersByTime(2_000)
    expect(gc).toHaveBeenCalledTimes(1)
    // Quiet again after a burst that grew the heap.
    const burst = Array.from({ length: 2_000_000 }, (_, i) => ({ i, text: `mục ${i}` }))
    collectWhenIdle()
    vi.advanceTimersByTime(2_000)
    expect(gc).toHaveBeenCalledTimes(2)
    expect(burst).toHaveLength(2_000_000)
  })

  it('does nothing in a process started without --expose-gc', () => {
    vi.useFakeTimers()
    collectWhenIdle()
    expect(vi.getTimerCount()).toBe(0)
  })
})
