import type { DocumentEvent, PublishEvent, PublishLogEntry } from '@congkhai/contracts/publish'
import { describe, expect, it } from 'vitest'
import { PublishLogFollower } from './PublishLogFollower'

const change = (id: number): DocumentEvent => ({ collection: 'procedures', id, operation: 'update' })

/** A publish log as the CMS keeps it, a clock, and what one replica's publisher was handed. */
function replica(options: { head?: number; gapWaitMs?: number } = {}) {
  const log: PublishLogEntry[] = []
  let clock = 0
  let reachable = true
  const published: (number | 'all' | 'pages')[] = []
  const errors: string[] = []
  const follower = new PublishLogFollower(
    {
      head: async () => {
        if (!reachable) throw new Error('CMS unreachable')
        return log.at(-1)?.seq ?? options.head ?? 0
      },
      read: async (after) => {
        if (!reachable) throw new Error('CMS unreachable')
        return log.filter((entry) => entry.seq > after)
      },
      publish: (event) => published.push(Number(event.id)),
      publishAll: (opts) => published.push(opts?.reindex === false ? 'pages' : 'all'),
      log: (level, msg) => (level === 'error' ? errors.push(msg) : undefined),
    },
    { pollMs: 60_000, gapWaitMs: options.gapWaitMs ?? 30_000, now: () => clock },
  )
  const append = (seq: number, event: PublishEvent = change(seq)) => log.push({ seq, event })
  /** Reads the log once, as a poll or a nudge does. */
  const poll = async () => {
    follower.nudge()
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return {
    follower,
    log,
    published,
    errors,
    append,
    poll,
    tick: (ms: number) => (clock += ms),
    /** The database restored from a backup taken when the log ended at `seq`. */
    restore: (seq: number) => log.splice(log.findIndex((entry) => entry.seq > seq)),
    cut: (down: boolean) => (reachable = !down),
  }
}

describe('PublishLogFollower', () => {
  it('hands on a rebuild of the pages alone as one, and the start as a full re-index', async () => {
    const r = replica()
    await r.follower.start()
    r.append(1, { full: true, reindex: false })
    r.append(2, { full: true })
    await r.poll()
    expect(r.published).toEqual(['all', 'pages', 'all'])
  })

  it('starts from the log’s head with a full rebuild, then publishes each later entry once', async () => {
    const r = replica()
    r.append(1)
    r.append(2)
    await r.follower.start()
    expect(r.published).toEqual(['all'])
    expect(r.follower.status.position).toBe(2)
    r.append(3)
    r.append(4, { full: true })
    await r.poll()
    await r.poll()
    expect(r.published).toEqual(['all', 3, 'all'])
    expect(r.follower.status.position).toBe(4)
    r.follower.stop()
  })

  it('catchUp: a change committed before the question is handed over when it resolves, whatever the nudge does', async () => {
    const r = replica()
    r.append(1)
    // Asked before the head is known (the site starting): no read, so no second full rebuild beside start's.
    await r.follower.catchUp()
    expect(r.published).toEqual([])
    r.log.splice(0)
    await r.follower.start()
    r.append(1)
    await r.follower.catchUp()
    expect(r.published).toEqual(['all', 1])
    // Questions arriving together share the reads: each resolves having seen the entries written before it.
    r.append(2)
    const asked = [r.follower.catchUp(), r.follower.catchUp()]
    r.append(3)
    await Promise.all([...asked, r.follower.catchUp()])
    expect(r.published).toEqual(['all', 1, 2, 3])
    r.follower.stop()
  })

  it('does not publish again what the webhook already brought, and publishes what it missed', async () => {
    const r = replica()
    await r.follower.start()
    r.append(1)
    r.append(2)
    r.append(3)
    // The webhook brought 2 only (the host published it as it came).
    expect(r.follower.seen(2)).toBe(true)
    await r.poll()
    expect(r.published).toEqual(['all', 1, 3])
    expect(r.follower.status).toMatchObject({ position: 3, applied: 2 })
    // The webhook of 3 arrives after the log brought it: not published a second time.
    expect(r.follower.seen(3)).toBe(false)
    r.append(5)
    await r.poll()
    expect(r.follower.seen(5)).toBe(false)
    expect(r.published).toEqual(['all', 1, 3, 5])
    r.follower.stop()
  })

  it('waits for an entry whose transaction commits late, and skips one rolled back once it stayed missing', async () => {
    const r = replica({ gapWaitMs: 30_000 })
    await r.follower.start()
    r.append(2)
    await r.poll()
    expect(r.published).toEqual(['all', 2])
    // 1 commits after 2: still published, and the position moves over both.
    expect(r.follower.status.position).toBe(0)
    r.append(1)
    r.tick(5_000)
    await r.poll()
    expect(r.published).toEqual(['all', 2, 1])
    expect(r.follower.status.position).toBe(2)
    // 3 is never committed: 4 is published, and 3 is given up after the wait, not before.
    r.append(4)
    await r.poll()
    expect(r.follower.status.position).toBe(2)
    r.tick(31_000)
    await r.poll()
    expect(r.follower.status.position).toBe(4)
    expect(r.published).toEqual(['all', 2, 1, 4])
    r.follower.stop()
  })

  it('a CMS unreachable at start: the site still builds, and builds again once the head is known', async () => {
    const r = replica()
    r.cut(true)
    await r.follower.start()
    expect(r.published).toEqual(['all'])
    expect(r.follower.status.position).toBeNull()
    await r.poll()
    expect(r.errors).toHaveLength(1)
    r.cut(false)
    r.append(1)
    await r.poll()
    expect(r.published).toEqual(['all', 'all'])
    expect(r.follower.status.position).toBe(1)
    r.follower.stop()
  })

  it('a replica cut off from the CMS publishes every change it missed once it reaches it again, without a full rebuild', async () => {
    const r = replica()
    await r.follower.start()
    r.cut(true)
    r.append(1)
    r.append(2)
    await r.poll()
    expect(r.follower.status.error).toBe('CMS unreachable')
    r.cut(false)
    await r.poll()
    expect(r.published).toEqual(['all', 1, 2])
    expect(r.follower.status.error).toBeUndefined()
    r.follower.stop()
  })

  it('a database restored from a backup (the log now ends before this replica’s position): rebuilds in full and follows the restored log', async () => {
    const r = replica()
    for (const seq of [1, 2, 3]) r.append(seq)
    await r.follower.start()
    r.restore(1)
    r.tick(31_000)
    await r.poll()
    expect(r.published).toEqual(['all', 'all'])
    expect(r.follower.status.position).toBe(1)
    // The restored database hands out 2 again: it is published, not taken for one already seen.
    r.append(2, change(20))
    await r.poll()
    expect(r.published).toEqual(['all', 'all', 20])
    r.follower.stop()
  })
})
