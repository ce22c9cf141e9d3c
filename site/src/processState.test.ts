import { describe, expect, it, vi } from 'vitest'

describe('processState', () => {
  it('gives a second copy of the module the state the first copy made, as a build bundle finds the host\'s', async () => {
    const host = await import('./processState')
    vi.resetModules()
    const bundle = await import('./processState')
    expect(bundle).not.toBe(host)

    const made = host.processState('derived', () => ({ made: 'by the host' }))
    expect(bundle.processState('derived', () => ({ made: 'by the bundle' }))).toBe(made)
  })

  it('makes each named state once, on first use', async () => {
    const { processState } = await import('./processState')
    const create = vi.fn(() => ({}))
    const first = processState('content', create)
    expect(processState('content', create)).toBe(first)
    expect(create).toHaveBeenCalledTimes(1)
  })

  it('shares its state with a bundle made before the registry, which looks on a symbol of its own', async () => {
    const { processState } = await import('./processState')
    const intake = processState('feedbackIntake', () => ({ outbox: 'the host\'s' }))
    const holder = globalThis as Record<symbol, unknown>
    // What feedbackIntake.ts did before the registry: `holder[KEY] ??= { …a second outbox… }`.
    const found: unknown = (holder[Symbol.for('congkhai.feedbackIntake')] ??= { outbox: 'a second one' })
    expect(found).toBe(intake)
  })
})
