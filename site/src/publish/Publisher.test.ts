import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DocumentEvent } from '@congkhai/contracts/publish'
import { fullBuildRetryDelayMs, Publisher } from './Publisher'

const event = (id: number): DocumentEvent => ({ collection: 'legal-documents', id, operation: 'update' })

function recorder(opts: { failBuilds?: number; buildMs?: number; debounceMs?: number; retryMs?: number; serving?: () => boolean } = {}) {
  const synced: (DocumentEvent[] | 'all')[] = []
  const rebuilt: (DocumentEvent[] | 'all')[] = []
  const logged: { level: string; event: string }[] = []
  let builds = 0
  let failures = opts.failBuilds ?? 0
  const publisher = new Publisher(
    {
      sync: async (events) => void synced.push(events),
      rebuild: async (events) => {
        rebuilt.push(events)
        await new Promise((r) => setTimeout(r, opts.buildMs ?? 20))
        if (failures-- > 0) throw new Error('astro build failed')
        builds++
        return events === 'all' ? ('full' as const) : ('incremental' as const)
      },
      log: (level, _msg, fields) => void logged.push({ level, event: fields.event }),
      serving: opts.serving,
    },
    opts.debounceMs ?? 10,
    opts.retryMs ?? 60_000,
  )
  return { publisher, synced, rebuilt, logged, builds: () => builds }
}

describe('Publisher', () => {
  it('coalesces a burst of publishes into few builds and loses none', async () => {
    const { publisher, synced, builds } = recorder()
    for (let i = 1; i <= 20; i++) publisher.enqueue(event(i))
    await publisher.idle()
    expect(builds()).toBeLessThanOrEqual(2)
    const ids = synced.flatMap((batch) => (batch === 'all' ? [] : batch.map((e) => e.id)))
    expect(ids.sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    expect(publisher.status).toMatchObject({ state: 'idle', received: 20, published: 20 })
  })

  it('lands 20 publishes spread over a second with a handful of builds, not one each', async () => {
    const { publisher, synced, builds } = recorder({ buildMs: 200, debounceMs: 250 })
    for (let i = 1; i <= 20; i++) {
      publisher.enqueue(event(i))
      await new Promise((r) => setTimeout(r, 50))
    }
    await publisher.idle()
    // 1 s of arrivals against 250 ms of coalescing plus a 200 ms build: at most 3 builds, never 20.
    expect(builds()).toBeLessThanOrEqual(3)
    const ids = synced.flatMap((batch) => (batch === 'all' ? [] : batch.map((e) => e.id)))
    expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    expect(publisher.status).toMatchObject({ state: 'idle', received: 20, published: 20 })
  })

  it('reports the publish under way with how long the last one of its kind took', async () => {
    const { publisher } = recorder({ buildMs: 1200 })
    publisher.enqueueFull()
    await vi.waitFor(() => expect(publisher.status.state).toBe('building'))
    // The first full build since start: nothing to estimate from.
    expect(publisher.status.running).toEqual({ kind: 'full', startedAt: expect.any(String) })
    await publisher.idle()
    expect(publisher.status.running).toBeUndefined()
    publisher.enqueue(event(1))
    await vi.waitFor(() => expect(publisher.status.state).toBe('building'))
    // No change was re-rendered in place yet either.
    expect(publisher.status.running).toEqual({ kind: 'changes', startedAt: expect.any(String) })
    await publisher.idle()
    publisher.enqueueFull()
    await vi.waitFor(() => expect(publisher.status.state).toBe('building'))
    expect(publisher.status.running).toMatchObject({ kind: 'full', expectedSeconds: 1 })
    expect(Date.parse(publisher.status.running!.startedAt)).toBeLessThanOrEqual(Date.now())
    await publisher.idle()
    expect(publisher.status.running).toBeUndefined()
  })

  it('batches events that arrive during a build into the next one', async () => {
    const { publisher, synced, builds } = recorder()
    publisher.enqueue(event(1))
    await new Promise((r) => setTimeout(r, 15))
    publisher.enqueue(event(2))
    publisher.enqueue(event(3))
    await publisher.idle()
    expect(builds()).toBe(2)
    expect(synced).toEqual([[event(1)], [event(2), event(3)]])
  })

  it('reports a failed build, keeps its events, and publishes them with the next change', async () => {
    const { publisher, synced, logged, builds } = recorder({ failBuilds: 1 })
    publisher.enqueue(event(1))
    await publisher.idle()
    expect(builds()).toBe(0)
    expect(publisher.status).toMatchObject({ state: 'failed', lastError: 'astro build failed', published: 0 })
    expect(publisher.status.lastFailureAt).toBeDefined()
    expect(logged).toEqual([
      { level: 'info', event: 'publish.start' },
      { level: 'error', event: 'publish.failed' },
    ])

    publisher.enqueue(event(2))
    await publisher.idle()
    expect(builds()).toBe(1)
    expect(synced.at(-1)).toEqual([event(1), event(2)])
    expect(publisher.status).toMatchObject({ state: 'idle', published: 2, lastError: undefined })
  })

  it('runs a full re-index when asked', async () => {
    const { publisher, synced } = recorder()
    publisher.enqueueFull()
    await publisher.idle()
    expect(synced).toEqual(['all'])
  })

  it('rebuilds the pages alone for a site-wide setting, and re-indexes when a full re-index or a change comes with it', async () => {
    const { publisher, synced, rebuilt } = recorder()
    publisher.enqueueFull({ reindex: false })
    await publisher.idle()
    expect(synced).toEqual([])
    expect(rebuilt).toEqual(['all'])
    publisher.enqueueFull({ reindex: false })
    publisher.enqueueFull()
    await publisher.idle()
    publisher.enqueueFull({ reindex: false })
    publisher.enqueue(event(1))
    await publisher.idle()
    expect(synced).toEqual(['all', 'all'])
  })

  it('re-indexes and builds a full rebuild side by side, and tells which of the two failed', async () => {
    const order: string[] = []
    const steps = (failIndex: boolean) => ({
      sync: async () => {
        order.push('index started')
        await new Promise((r) => setTimeout(r, 30))
        if (failIndex) throw new Error('reindex failed')
        order.push('index done')
      },
      rebuild: async () => {
        order.push('build started')
        await new Promise((r) => setTimeout(r, 30))
        return 'full' as const
      },
      log: () => undefined,
    })
    const publisher = new Publisher(steps(false), 1)
    publisher.enqueueFull()
    await publisher.idle()
    expect(order.slice(0, 2).sort()).toEqual(['build started', 'index started'])
    const failing = new Publisher(steps(true), 1)
    failing.enqueueFull()
    await failing.idle()
    expect(failing.status.lastBuildFailure).toMatchObject({ kind: 'full', stage: 'index', reason: 'reindex failed' })
  })

  it('hands the whole coalesced batch to one re-render, and counts how each publish reached the site', async () => {
    const { publisher, rebuilt } = recorder()
    for (let i = 1; i <= 5; i++) publisher.enqueue(event(i))
    await publisher.idle()
    expect(rebuilt).toEqual([[1, 2, 3, 4, 5].map(event)])
    expect(publisher.status).toMatchObject({ runs: { incremental: 1, full: 0 }, lastKind: 'incremental' })
  })

  it('folds changes that arrive with a full rebuild into it, and still counts them as published', async () => {
    const { publisher, rebuilt } = recorder()
    publisher.enqueueFull()
    publisher.enqueue(event(1))
    await publisher.idle()
    expect(rebuilt).toEqual(['all'])
    expect(publisher.status).toMatchObject({ runs: { incremental: 0, full: 1 }, published: 1, received: 1 })
  })

  it('retries a failed run on its own when no new change comes', async () => {
    const { publisher, synced, builds } = recorder({ failBuilds: 2, retryMs: 30 })
    publisher.enqueue(event(1))
    await expect.poll(() => builds(), { timeout: 2000 }).toBe(1)
    // Failed, retried after 30 ms, failed, retried after 60 ms, landed.
    expect(synced).toEqual([[event(1)], [event(1)], [event(1)]])
    expect(publisher.status).toMatchObject({ state: 'idle', received: 1, published: 1 })
  })

  it('leaves a failed full build for the next publish to retry', async () => {
    const { publisher, synced } = recorder({ failBuilds: 1, retryMs: 10 })
    publisher.enqueueFull()
    await publisher.idle()
    await new Promise((r) => setTimeout(r, 100))
    expect(synced).toEqual(['all'])
    expect(publisher.status.state).toBe('failed')
  })

  it('records the last build failure with its reason, time, kind and stage, and keeps it after a success', async () => {
    const { publisher } = recorder({ failBuilds: 1 })
    publisher.enqueue(event(1))
    await publisher.idle()
    expect(publisher.status.lastBuildFailure).toMatchObject({ kind: 'changes', stage: 'build', reason: 'astro build failed', siteServed: true })
    expect(Date.parse(publisher.status.lastBuildFailure!.at)).not.toBeNaN()
    publisher.enqueue(event(2))
    await publisher.idle()
    expect(publisher.status).toMatchObject({ state: 'idle', lastBuildFailure: { reason: 'astro build failed' } })
  })
})

describe('a failed full build while no build is live', () => {
  afterEach(() => void vi.useRealTimers())

  it('waits 5 s, 30 s, 2 min, then 10 min between retries', () => {
    expect([1, 2, 3, 4, 5, 50].map(fullBuildRetryDelayMs)).toEqual([5_000, 30_000, 120_000, 600_000, 600_000, 600_000])
  })

  it('is retried on that schedule, shows each retry in the status, and goes live when a retry succeeds', async () => {
    vi.useFakeTimers()
    let live = false
    const failures = 5
    let attempts = 0
    const logged: { level: string; msg: string; retryInMs?: unknown }[] = []
    const publisher = new Publisher(
      {
        sync: async () => undefined,
        rebuild: async () => {
          if (++attempts <= failures) throw Object.assign(new Error('astro build failed (exit 1):\n…'), { reason: `CMS did not answer (${attempts})` })
          live = true
          return 'full'
        },
        log: (level, msg, fields) => void logged.push({ level, msg, retryInMs: fields.retryInMs }),
        serving: () => live,
      },
      10,
    )
    publisher.enqueueFull()
    const expected = [5_000, 30_000, 120_000, 600_000, 600_000]
    for (const [i, delay] of expected.entries()) {
      // The debounce, then the attempt fails and schedules the next one.
      await vi.advanceTimersByTimeAsync(10)
      expect(attempts).toBe(i + 1)
      expect(publisher.status).toMatchObject({
        state: 'failed',
        retry: { kind: 'full', attempt: i + 1, delaySeconds: delay / 1000 },
        lastBuildFailure: { kind: 'full', stage: 'build', reason: `CMS did not answer (${i + 1})`, siteServed: false },
      })
      expect(logged.at(-1)).toMatchObject({ level: 'error', retryInMs: delay })
      expect(logged.at(-1)!.msg).toContain('every page answers 503')
      expect(logged.at(-1)!.msg).toContain(`CMS did not answer (${i + 1})`)
      // Nothing happens a moment before the retry is due.
      await vi.advanceTimersByTimeAsync(delay - 1)
      expect(attempts).toBe(i + 1)
      await vi.advanceTimersByTimeAsync(1)
    }
    await vi.advanceTimersByTimeAsync(10)
    expect(attempts).toBe(failures + 1)
    expect(live).toBe(true)
    expect(publisher.status).toMatchObject({ state: 'idle', retry: undefined, runs: { full: 1 } })
    expect(publisher.status.lastSuccessAt).toBeDefined()
    // Nothing further is scheduled once a build is live.
    await vi.advanceTimersByTimeAsync(3_600_000)
    expect(attempts).toBe(failures + 1)
  })

  it('a publish that arrives meanwhile retries at once, and the schedule starts again after a success', async () => {
    vi.useFakeTimers()
    let fail = true
    let attempts = 0
    const publisher = new Publisher(
      {
        sync: async () => undefined,
        rebuild: async () => {
          attempts++
          if (fail) throw new Error('astro build failed')
          return 'full'
        },
        log: () => undefined,
        serving: () => false,
      },
      10,
    )
    publisher.enqueueFull()
    await vi.advanceTimersByTimeAsync(10)
    await vi.advanceTimersByTimeAsync(5_010)
    expect(publisher.status.retry).toMatchObject({ attempt: 2, delaySeconds: 30 })
    fail = false
    publisher.enqueue(event(1))
    await vi.advanceTimersByTimeAsync(10)
    expect(attempts).toBe(3)
    expect(publisher.status).toMatchObject({ state: 'idle', retry: undefined, published: 1 })
  })
})
