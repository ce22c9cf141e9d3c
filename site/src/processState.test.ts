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
})
