import type { PublishEvent } from '../lib/indexer'
import type { LogFields } from './logger'

/** What the publisher did last, shown at `/_internal/status`. */
export interface PublishStatus {
  state: 'idle' | 'building' | 'failed'
  /** ISO time the last successful publish went live. */
  lastSuccessAt?: string
  lastDurationMs?: number
  /** ISO time and message of the last failed publish; the error stays until a publish succeeds. */
  lastFailureAt?: string
  lastError?: string
  /** Events received since start; with `published` lets a caller wait for its change to land. */
  received: number
  published: number
  /** How the publishes reached the site: pages re-rendered in the live build, or a whole new build. */
  runs: Record<RebuildKind, number>
  lastKind?: RebuildKind
}

/** A publish re-rendered only what changed (`incremental`) or built the whole site (`full`). */
export type RebuildKind = 'incremental' | 'full'

interface Steps {
  /** Re-index the documents the events name (empty list: everything). */
  sync(events: PublishEvent[] | 'all'): Promise<void>
  /** Bring the live site in line with the events: re-render what they change, or build it all (`'all'`). */
  rebuild(events: PublishEvent[] | 'all'): Promise<RebuildKind>
  log(level: 'info' | 'error', msg: string, fields: LogFields): void
}

/**
 * Turns publish events into index updates and site rebuilds, one at a time, coalescing bursts.
 *
 * @remarks Events that arrive during a build are batched into the next one, so 20 publishes in a second cause at
 * most two builds, and none is lost. A failed build leaves the live site as it was.
 */
export class Publisher {
  private pending: PublishEvent[] = []
  private fullPending = false
  /** Work of a failed run, retried with the next event or after a back-off, whichever comes first. */
  private failed: { events: PublishEvent[]; full: boolean } = { events: [], full: false }
  private failures = 0
  private retry: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  readonly status: PublishStatus = { state: 'idle', received: 0, published: 0, runs: { incremental: 0, full: 0 } }

  /** @param retryMs - wait before retrying failed changes when no new one comes; doubles with each failure, up to 16×. */
  constructor(
    private readonly steps: Steps,
    private readonly debounceMs = 250,
    private readonly retryMs = 5000,
  ) {}

  /** Queues a change; resolves at once. */
  enqueue(event: PublishEvent): void {
    this.pending.push(event)
    this.status.received++
    this.kick()
  }

  /** Queues a full re-index and rebuild (on start, and after an outage of the webhook). */
  enqueueFull(): void {
    this.fullPending = true
    this.kick()
  }

  /** Resolves when nothing is queued or running. */
  async idle(): Promise<void> {
    while (this.running) await this.running
  }

  private kick(): void {
    clearTimeout(this.retry)
    this.retry = undefined
    this.running ??= this.drain().finally(() => {
      this.running = undefined
      if (this.pending.length > 0 || this.fullPending) this.kick()
    })
  }

  private async drain(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, this.debounceMs))
    const events = [...this.failed.events, ...this.pending.splice(0)]
    const full = this.fullPending || this.failed.full
    this.failed = { events: [], full: false }
    this.fullPending = false
    const started = Date.now()
    const changes = full ? 'all' : events.length
    this.status.state = 'building'
    this.steps.log('info', `publish: started (${full ? 'full rebuild' : `${events.length} change(s)`})`, { event: 'publish.start', changes })
    try {
      await this.steps.sync(full ? 'all' : events)
      const syncMs = Date.now() - started
      const kind = await this.steps.rebuild(full ? 'all' : events)
      this.status.runs[kind]++
      this.status.lastKind = kind
      this.status.state = 'idle'
      this.status.published += events.length
      this.status.lastSuccessAt = new Date().toISOString()
      this.status.lastDurationMs = Date.now() - started
      this.status.lastError = undefined
      this.failures = 0
      const durationMs = Date.now() - started
      this.steps.log('info', `publish: live in ${(durationMs / 1000).toFixed(1)} s (${full ? 'full rebuild' : `${events.length} change(s)`}, ${kind})`, {
        event: 'publish.end',
        changes,
        kind,
        durationMs,
        // Reading the documents and updating the search index; the rest is the rebuild.
        syncMs,
      })
    } catch (err) {
      this.status.state = 'failed'
      this.status.lastFailureAt = new Date().toISOString()
      this.status.lastError = (err as Error).message
      this.failed = { events, full }
      this.failures++
      // Changes are retried (a CMS that timed out under a burst must not leave it unpublished until the next edit);
      // a failed full build is not: it is a broken template or configuration, which the next publish or start retries.
      if (!full) {
        this.retry = setTimeout(() => this.kick(), this.retryMs * 2 ** Math.min(this.failures - 1, 4))
        this.retry.unref()
      }
      this.steps.log('error', 'publish FAILED, the live site is unchanged', {
        event: 'publish.failed',
        changes,
        durationMs: Date.now() - started,
        error: (err as Error).message,
      })
    }
  }
}
