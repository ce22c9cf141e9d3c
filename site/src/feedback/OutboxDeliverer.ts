import type { AttachmentFile, OutboxJournal, OutboxRecord, Parked } from './OutboxJournal'

/**
 * How a delivery failed: `transient` (the CMS is down or overloaded: wait before trying anything), `record` (only
 * this record failed, for a reason that may pass: retried with back-off), `refused` (the CMS refused this record and
 * retrying will not change that: parked, retried rarely, shown to the admin), `code-taken` (the CMS already has
 * another submission under this code: the record gets a new code and is sent again).
 */
export type DeliveryFailure = 'transient' | 'record' | 'refused' | 'code-taken'

/** What delivering one record to the CMS can end in, besides success. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly failure: DeliveryFailure,
  ) {
    super(message)
  }

  /** True when the CMS itself is down or overloaded. */
  get transient(): boolean {
    return this.failure === 'transient'
  }
}

/** A record waiting in the outbox: when it is due next, how often it failed, and whether the CMS refused it for good. */
export type Pending<T> = OutboxRecord<T> & { notBefore: number; attempts: number; parked?: Parked }

export interface DelivererOptions<T> {
  /** Sends one record, with its attachments' files, to the CMS; resolves once the CMS has stored it (or already had it). */
  deliver: (record: OutboxRecord<T>, files: AttachmentFile[]) => Promise<void>
  log: (line: string) => void
  /** First and longest wait between delivery attempts while the CMS is down. */
  retryMs: { min: number; max: number }
  /** Deliveries in flight at once. */
  concurrency: number
  /** Wait between attempts at a record the CMS refused for good. */
  parkedRetryMs: number
}

/** What the deliverer works on: the outbox's pending records, its journal, and how it gives a record a new code. */
export interface DelivererOutbox<T> {
  pending: Map<string, Pending<T>>
  journal: OutboxJournal<T>
  recode(record: Pending<T>): void
}

/**
 * Sends the outbox's pending records to the CMS in the background, a few at a time, and records each delivery in the
 * journal.
 *
 * @remarks While the CMS is down every delivery waits, with a back-off from `retryMs.min` to `retryMs.max`; a record
 * that failed on its own is retried with a back-off of its own. A record the CMS refuses for good is parked, never
 * dropped: kept in the journal, tried again every `parkedRetryMs` and listed by the outbox's `status()`; one whose
 * code the CMS already holds gets a new code (up to five times) and is sent again. A delivered record's files are
 * removed once its acknowledgement is on disk.
 */
export class OutboxDeliverer<T> {
  private delivering = false
  private wake?: NodeJS.Timeout
  private cmsDownUntil = 0
  private downFor = 0
  private closed = false

  constructor(
    private readonly outbox: DelivererOutbox<T>,
    private readonly options: DelivererOptions<T>,
  ) {}

  /** Starts delivering if the deliverer is idle. */
  kick(): void {
    if (this.delivering || this.closed || this.outbox.pending.size === 0) return
    this.delivering = true
    clearTimeout(this.wake)
    this.wake = undefined
    void this.deliverAll().finally(() => {
      this.delivering = false
      this.scheduleNext()
    })
  }

  /** Stops delivering (a delivery under way finishes). */
  close(): void {
    this.closed = true
    clearTimeout(this.wake)
  }

  private scheduleNext(): void {
    const { pending } = this.outbox
    if (this.closed || pending.size === 0 || this.wake) return
    const times = [...pending.values()].map((r) => Math.max(r.notBefore, this.cmsDownUntil)).filter(Number.isFinite)
    if (times.length === 0) return
    // Not `Math.min(...times)`: spread into one call, a backlog of 100,000 or so overflows the stack.
    const next = times.reduce((a, b) => Math.min(a, b))
    this.wake = setTimeout(() => {
      this.wake = undefined
      this.kick()
    }, Math.max(10, next - Date.now()))
    this.wake.unref()
  }

  private async deliverAll(): Promise<void> {
    for (;;) {
      if (this.closed) return
      const now = Date.now()
      if (now < this.cmsDownUntil) return
      const due = [...this.outbox.pending.values()].filter((r) => r.notBefore <= now)
      if (due.length === 0) return
      // A few at a time: the CMS stores each in its own transaction, and a backlog after an outage drains faster.
      for (let i = 0; i < due.length; i += this.options.concurrency) {
        if (this.closed) return
        const outcomes = await Promise.all(due.slice(i, i + this.options.concurrency).map((record) => this.deliverOne(record)))
        if (outcomes.includes('down')) return
      }
    }
  }

  private async deliverOne(record: Pending<T>): Promise<'ok' | 'down' | 'refused'> {
    const { pending, journal } = this.outbox
    const { retryMs, parkedRetryMs, log } = this.options
    const { notBefore: _n, attempts: _a, parked: _p, ...plain } = record
    try {
      await this.options.deliver(plain, journal.attachmentFiles(plain))
      pending.delete(record.submissionId)
      this.downFor = 0
      // An ack lost in a crash only means one idempotent redelivery; the files go once the ack is on disk.
      journal
        .append({ t: 'ack', id: record.submissionId })
        .then(() => (plain.attachments ? journal.removeAttachments(plain.submissionId) : undefined))
        .catch(() => {})
      return 'ok'
    } catch (err) {
      const failure = err instanceof DeliveryError ? err.failure : 'transient'
      if (failure === 'transient') {
        if (this.downFor === 0) log(`CMS unavailable, ${pending.size} submission(s) kept in the outbox: ${(err as Error).message}`)
        this.downFor = Math.min(Math.max(retryMs.min, this.downFor * 2), retryMs.max)
        this.cmsDownUntil = Date.now() + this.downFor
        return 'down'
      }
      record.attempts++
      if (failure === 'code-taken' && record.attempts <= 5) {
        this.outbox.recode(record)
        const { notBefore: _nb, attempts: _at, parked: _pk, ...line } = record
        record.notBefore = Number.POSITIVE_INFINITY
        await journal.append({ t: 'rec', ...line }).then(
          () => (record.notBefore = 0),
          () => (record.notBefore = Date.now() + retryMs.max),
        )
        return 'refused'
      }
      if (failure === 'refused' || failure === 'code-taken') {
        const reason = (err as Error).message.slice(0, 300)
        const since = record.parked?.since ?? new Date().toISOString()
        if (!record.parked || record.parked.reason !== reason) {
          log(`CMS refused ${record.code} for good; parked, tried again every ${Math.round(parkedRetryMs / 60_000)} min and shown to the admin: ${reason}`)
          await journal.append({ t: 'park', id: record.submissionId, reason, at: since }).catch(() => {})
        }
        record.parked = { reason, since }
        record.notBefore = Date.now() + parkedRetryMs
        return 'refused'
      }
      record.notBefore = Date.now() + Math.min(retryMs.min * 2 ** record.attempts, 5 * 60_000)
      log(`could not deliver ${record.code} (kept, will retry): ${(err as Error).message}`)
      return 'refused'
    }
  }
}
