import type { DocumentEvent, PublishLogEntry } from '@congkhai/contracts/publish'
import type { PublishLogStatus } from '@congkhai/contracts/site-status'
import type { LogFields } from '../logger'

/** How often a replica that finds nothing new checks that the log has not gone back (a restored database). */
const HEAD_CHECK_MS = 30_000

interface Steps {
  /** The sequence number of the log's newest entry (0 when empty). */
  head(): Promise<number>
  /** Entries after `after`, oldest first. */
  read(after: number): Promise<PublishLogEntry[]>
  /** Publishes one document's change (`Publisher.enqueue`). */
  publish(event: DocumentEvent): void
  /** Rebuilds everything (`Publisher.enqueueFull`); `reindex: false` leaves the search index as it is. */
  publishAll(opts?: { reindex?: boolean }): void
  log(level: 'info' | 'error', msg: string, fields: LogFields): void
}

interface Options {
  /** Wait between two reads of the log when no nudge comes. */
  pollMs?: number
  /**
   * How long a gap in the sequence is waited for before it is taken for a rolled-back change.
   *
   * @remarks Sequence numbers are drawn when a transaction writes its entry, not when it commits: entry 7 may be
   * readable before entry 6, whose transaction is still open. 6 is then awaited, and skipped only once it has stayed
   * missing this long (PostgreSQL never hands out a number twice, and a rolled-back transaction leaves a hole).
   */
  gapWaitMs?: number
  now?: () => number
}

/**
 * Keeps one site replica in step with the CMS's publish log: every entry after the last one it applied is handed to
 * the publisher once, whether the webhook brought it or not.
 *
 * @remarks At start the replica takes the log's head as its position and rebuilds in full (which covers everything
 * before it), then reads the log every few seconds, and at once when the webhook nudges it. A replica that missed
 * webhooks (not listed in the CMS's nudge targets, paused, cut off from the CMS for a while) publishes what it missed
 * at its next read, incrementally; one that restarts rebuilds in full, as before. Entries the webhook already
 * delivered (`seen`) are not applied twice.
 */
export class PublishLogFollower {
  /** Every entry up to this one has been handed to the publisher (or skipped as a hole); undefined until the head is known. */
  private cursor: number | undefined
  /** Entries after the cursor already handed over, beyond a gap. */
  private readonly applied = new Set<number>()
  /** When each gap after the cursor was first seen. */
  private gapSince: { seq: number; at: number } | undefined
  private timer: NodeJS.Timeout | undefined
  private reading: Promise<void> | undefined
  private again = false
  private stopped = false
  private failingSince: number | undefined
  private headCheckedAt = 0
  private readonly pollMs: number
  private readonly gapWaitMs: number
  private readonly now: () => number
  readonly status: PublishLogStatus = { position: null, applied: 0 }

  constructor(
    private readonly steps: Steps,
    options: Options = {},
  ) {
    this.pollMs = options.pollMs ?? 2000
    this.gapWaitMs = options.gapWaitMs ?? 30_000
    this.now = options.now ?? Date.now
  }

  /**
   * Takes the log's head as the position and starts the full rebuild that covers everything before it, then follows.
   *
   * @remarks A CMS that cannot be reached does not hold the first build (a previous build may be served meanwhile, and
   * the publisher retries); the head is asked again at each poll, and once it is known a second full rebuild starts,
   * since the first may have read the content before entries older than that head.
   */
  async start(): Promise<void> {
    await this.findHead()
    this.steps.publishAll()
    this.schedule()
  }

  /**
   * An entry the webhook delivered: reading it from the log will not hand it over again. False when the log already
   * did (a poll read it between its commit and the webhook's arrival): the webhook's copy is then not published again.
   */
  seen(seq: number): boolean {
    if (this.cursor === undefined) return true
    if (seq <= this.cursor || this.applied.has(seq)) return false
    this.applied.add(seq)
    this.advance()
    return true
  }

  /** Reads the log now (the webhook's nudge), rather than at the next poll. */
  nudge(): void {
    if (this.stopped) return
    if (this.reading) {
      this.again = true
      return
    }
    clearTimeout(this.timer)
    this.reading = this.poll().finally(() => {
      this.reading = undefined
      if (this.again) {
        this.again = false
        this.nudge()
      } else this.schedule()
    })
  }

  /**
   * Reads the log now and resolves once every entry it held has been handed to the publisher, so a status answered
   * after it counts each change the CMS committed before the question (the nudge may still be on its way).
   *
   * @remarks Reads in flight are shared: a flood of questions costs at most one read at a time and one queued. Until
   * the log's head is known (`start` asking it, or a CMS unreachable at start) it does nothing: a read then would
   * start a second full rebuild beside the first, and the status is polled twice a second while the first build runs.
   */
  async catchUp(): Promise<void> {
    if (this.cursor === undefined) return
    this.nudge()
    while (this.reading) await this.reading
  }

  /** Stops polling (tests, shutdown). */
  stop(): void {
    this.stopped = true
    clearTimeout(this.timer)
  }

  private schedule(): void {
    if (this.stopped) return
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.nudge(), this.pollMs)
    this.timer.unref()
  }

  /** Sets the position to the log's head; false when the CMS did not answer. */
  private async findHead(): Promise<boolean> {
    try {
      this.cursor = await this.steps.head()
      this.status.position = this.cursor
      this.steps.log('info', `publish log: following from entry ${this.cursor}`, { event: 'publish-log.head', position: this.cursor })
      return true
    } catch (err) {
      this.failed(err)
      return false
    }
  }

  private async poll(): Promise<void> {
    if (this.cursor === undefined) {
      if (await this.findHead()) this.steps.publishAll()
      return
    }
    let entries: PublishLogEntry[]
    try {
      entries = await this.steps.read(this.cursor)
    } catch (err) {
      this.failed(err)
      return
    }
    if (this.failingSince !== undefined) {
      this.steps.log('info', `publish log: readable again after ${Math.round((this.now() - this.failingSince) / 1000)} s`, { event: 'publish-log.recovered' })
      this.failingSince = undefined
    }
    this.status.lastReadAt = new Date(this.now()).toISOString()
    this.status.error = undefined
    if (entries.length === 0 && (await this.logWentBack())) return
    const missed: number[] = []
    for (const { seq, event } of entries) {
      if (seq <= this.cursor || this.applied.has(seq)) continue
      this.applied.add(seq)
      missed.push(seq)
      this.status.applied++
      if ('full' in event) this.steps.publishAll(event.reindex === false ? { reindex: false } : undefined)
      else this.steps.publish(event)
    }
    if (missed.length > 0) this.steps.log('info', `publish log: ${missed.length} entr${missed.length === 1 ? 'y' : 'ies'} the webhook had not brought (${missed[0]}…${missed.at(-1)})`, { event: 'publish-log.caught-up', entries: missed.length })
    this.advance()
    // A full page of entries: more wait behind it.
    if (entries.length >= 500) this.again = true
  }

  /**
   * Whether the log's head is now behind this replica's position (the database was restored from a backup): the
   * position is then the new head and the site is rebuilt in full, or it would skip every entry up to its old position.
   * Asked at most every `HEAD_CHECK_MS`, when a read finds nothing new.
   */
  private async logWentBack(): Promise<boolean> {
    if (this.cursor === undefined || this.now() - this.headCheckedAt < HEAD_CHECK_MS) return false
    this.headCheckedAt = this.now()
    const head = await this.steps.head().catch(() => undefined)
    if (head === undefined || head >= this.cursor) return false
    this.steps.log('info', `publish log: its newest entry is ${head}, behind this replica's ${this.cursor} (a restored database): rebuilding in full`, { event: 'publish-log.went-back', position: this.cursor, head })
    this.cursor = head
    this.applied.clear()
    this.gapSince = undefined
    this.status.position = head
    this.steps.publishAll()
    return true
  }

  /** Moves the position over every entry handed over without a hole before it, and over holes that stayed too long. */
  private advance(): void {
    if (this.cursor === undefined) return
    for (;;) {
      while (this.applied.delete(this.cursor + 1)) this.cursor++
      if (this.applied.size === 0) {
        this.gapSince = undefined
        break
      }
      const hole = this.cursor + 1
      if (this.gapSince?.seq !== hole) this.gapSince = { seq: hole, at: this.now() }
      if (this.now() - this.gapSince.at < this.gapWaitMs) break
      // Never committed: rolled back (or removed from the log before it was read), so there is nothing to publish.
      this.cursor = Math.min(...this.applied) - 1
      this.gapSince = undefined
    }
    this.status.position = this.cursor
  }

  private failed(err: unknown): void {
    this.status.error = (err as Error).message
    if (this.failingSince !== undefined) return
    this.failingSince = this.now()
    this.steps.log('error', `publish log unreadable, asked again every ${this.pollMs / 1000} s: ${(err as Error).message}`, { event: 'publish-log.unreadable', error: (err as Error).message })
  }
}
