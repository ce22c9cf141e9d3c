import type { DocumentEvent } from '@congkhai/contracts/publish'
import type { BuildFailureReport, PublishStatus, RebuildKind } from '@congkhai/contracts/site-status'
import type { LogFields } from '../logger'

/**
 * Wait before retry `attempt` (1-based) of a failed full build while no build is live: 5 s, 30 s, 2 min, then every
 * 10 min.
 *
 * @remarks Quick at first, for a build that failed because the CMS or the disk was briefly unavailable at start, then
 * slow, so a build that keeps failing (a broken template, a wrong setting) does not take the machine's memory over and
 * over; a publish or a restart still retries at once.
 */
export function fullBuildRetryDelayMs(attempt: number): number {
  return FULL_BUILD_RETRY_DELAYS_MS[Math.min(Math.max(attempt, 1), FULL_BUILD_RETRY_DELAYS_MS.length) - 1]!
}
const FULL_BUILD_RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000]

interface Steps {
  /** Re-index the documents the events name (`'all'`: everything). */
  sync(events: DocumentEvent[] | 'all'): Promise<void>
  /** Bring the live site in line with the events: re-render what they change, or build it all (`'all'`). */
  rebuild(events: DocumentEvent[] | 'all'): Promise<RebuildKind>
  log(level: 'info' | 'error', msg: string, fields: LogFields): void
  /** Whether a build is being served; a failed full build is retried on its own only while none is. */
  serving?(): boolean
}

/** What a failed step reports: its `reason` when it gives one (`buildSite`'s `BuildFailure`), its message otherwise. */
function reasonOf(err: unknown): string {
  const reason = (err as { reason?: unknown }).reason
  return typeof reason === 'string' ? reason : ((err as Error).message ?? String(err))
}

/**
 * Turns publish events into index updates and site rebuilds, one at a time, coalescing bursts.
 *
 * @remarks Events that arrive during a build are batched into the next one, so 20 publishes in a second cause at
 * most two builds, and none is lost. A failed build leaves the live site as it was.
 */
export class Publisher {
  private pending: DocumentEvent[] = []
  private fullPending = false
  /** Whether the full rebuild queued re-indexes every document too (false: a site-wide setting, the pages alone). */
  private reindexPending = false
  /** Work of a failed run, retried with the next event or after a back-off, whichever comes first. */
  private failed: { events: DocumentEvent[]; full: boolean; reindex: boolean } = { events: [], full: false, reindex: false }
  private failures = 0
  /** Failed full builds in a row while no build was live: the attempt number of the next retry is this. */
  private fullFailures = 0
  private retry: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  /** How long the last successful publish of each kind took, in ms: the estimate the next one reports. */
  private readonly lastMs: Partial<Record<RebuildKind, number>> = {}
  readonly status: PublishStatus = { state: 'idle', received: 0, published: 0, runs: { incremental: 0, full: 0 } }

  /**
   * @param debounceMs - wait after the first event before starting, for the events sent with it (an editor's save that
   *   also changed a related document). Short: a burst's later events are batched into the next run anyway, and a
   *   single save waits this long for nothing (it was 250 ms, a quarter of the 1 s publish-to-live target at 10,000).
   * @param retryMs - wait before retrying failed changes when no new one comes; doubles with each failure, up to 16×.
   */
  constructor(
    private readonly steps: Steps,
    private readonly debounceMs = 50,
    private readonly retryMs = 5000,
  ) {}

  /** Queues a change; resolves at once. */
  enqueue(event: DocumentEvent): void {
    this.pending.push(event)
    this.status.received++
    this.kick()
  }

  /**
   * Queues a full rebuild, with a re-index of every document (on start, after an outage of the webhook, an import)
   * unless `reindex: false` (a site-wide setting changed: the pages show it, the search index does not hold it).
   */
  enqueueFull(opts: { reindex?: boolean } = {}): void {
    this.fullPending = true
    if (opts.reindex !== false) this.reindexPending = true
    this.kick()
  }

  /** Resolves when nothing is queued or running. */
  async idle(): Promise<void> {
    while (this.running) await this.running
  }

  private kick(): void {
    clearTimeout(this.retry)
    this.retry = undefined
    this.status.retry = undefined
    this.running ??= this.drain().finally(() => {
      this.running = undefined
      if (this.pending.length > 0 || this.fullPending) this.kick()
    })
  }

  private async drain(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, this.debounceMs))
    const events = [...this.failed.events, ...this.pending.splice(0)]
    const full = this.fullPending || this.failed.full
    // A full rebuild re-renders every page, but re-indexes only when asked to, or when changes of documents are among
    // what it covers (they are never indexed one by one then).
    const reindex = full && (this.reindexPending || this.failed.reindex || events.length > 0)
    this.failed = { events: [], full: false, reindex: false }
    this.fullPending = false
    this.reindexPending = false
    const started = Date.now()
    const changes = full ? 'all' : events.length
    this.status.state = 'building'
    // A publish of changes is re-rendered in place unless it cannot be; a full one always builds the whole site.
    const expectedMs = this.lastMs[full ? 'full' : 'incremental']
    this.status.running = {
      kind: full ? 'full' : 'changes',
      startedAt: new Date(started).toISOString(),
      ...(expectedMs === undefined ? {} : { expectedSeconds: Math.round(expectedMs / 1000) }),
    }
    const what = full ? (reindex ? 'full rebuild' : 'full rebuild of the pages, search index unchanged') : `${events.length} change(s)`
    this.steps.log('info', `publish: started (${what})`, { event: 'publish.start', changes })
    let stage: BuildFailureReport['stage'] = 'index'
    try {
      let syncMs = 0
      // The pages are rendered from the documents, not from the index: the two go side by side (a full build and a
      // re-index each in a process of its own), and a change is live when both are done.
      const indexing = full && !reindex ? Promise.resolve() : this.steps.sync(full ? 'all' : events).then(() => void (syncMs = Date.now() - started))
      const [indexed, built] = await Promise.allSettled([indexing, this.steps.rebuild(full ? 'all' : events)])
      if (indexed.status === 'rejected') throw indexed.reason
      stage = 'build'
      if (built.status === 'rejected') throw built.reason
      const kind = built.value
      this.status.runs[kind]++
      this.status.lastKind = kind
      this.status.state = 'idle'
      this.status.running = undefined
      this.lastMs[kind] = Date.now() - started
      this.status.published += events.length
      this.status.lastSuccessAt = new Date().toISOString()
      this.status.lastDurationMs = Date.now() - started
      this.status.lastError = undefined
      this.failures = 0
      this.fullFailures = 0
      const durationMs = Date.now() - started
      this.steps.log('info', `publish: live in ${(durationMs / 1000).toFixed(1)} s (${what}, ${kind})`, {
        event: 'publish.end',
        changes,
        kind,
        durationMs,
        // Reading the documents and updating the search index (0: not re-indexed), side by side with the rebuild.
        syncMs,
        ...(full ? { reindexed: reindex } : {}),
      })
    } catch (err) {
      const reason = reasonOf(err)
      const siteServed = this.steps.serving?.() ?? true
      this.status.state = 'failed'
      this.status.running = undefined
      this.status.lastFailureAt = new Date().toISOString()
      this.status.lastError = (err as Error).message
      this.status.lastBuildFailure = { at: this.status.lastFailureAt, kind: full ? 'full' : 'changes', stage, reason, siteServed }
      this.failed = { events, full, reindex }
      this.failures++
      // Changes are retried (a CMS that timed out under a burst must not leave it unpublished until the next edit).
      // A failed full build is retried on its own only while no build is live (every page answers 503 meanwhile):
      // with a build live it is most likely a broken template or setting, which the next publish or start retries.
      let delayMs: number | undefined
      if (!full) delayMs = this.retryMs * 2 ** Math.min(this.failures - 1, 4)
      else if (!siteServed) delayMs = fullBuildRetryDelayMs(++this.fullFailures)
      if (delayMs !== undefined) {
        this.retry = setTimeout(() => this.kick(), delayMs)
        this.retry.unref()
        const attempt = full ? this.fullFailures : this.failures
        this.status.retry = { kind: full ? 'full' : 'changes', attempt, at: new Date(Date.now() + delayMs).toISOString(), delaySeconds: delayMs / 1000 }
      }
      const consequence = siteServed ? 'the live site is unchanged' : 'no build is live yet, every page answers 503'
      const next = delayMs === undefined ? 'the next publish or a restart retries it' : `retry ${this.status.retry?.attempt} in ${formatDelay(delayMs)}`
      this.steps.log('error', `publish FAILED (${stage === 'index' ? 'reading the content into the search index' : 'building the site'}), ${consequence}; ${next}. Reason: ${reason}`, {
        event: 'publish.failed',
        changes,
        stage,
        durationMs: Date.now() - started,
        reason,
        error: (err as Error).message,
        ...(delayMs === undefined ? {} : { retryInMs: delayMs }),
      })
    }
  }
}

/** `5 s`, `2 min`, `10 min`: a retry delay as the log says it. */
function formatDelay(ms: number): string {
  return ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`
}
