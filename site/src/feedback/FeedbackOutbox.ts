import { randomUUID } from 'node:crypto'
import fsp from 'node:fs/promises'
import path from 'node:path'
import type { OutboxStatus } from '@congkhai/contracts/site-status'
import { isTrackingCode, newTrackingCode } from '@congkhai/contracts/tracking-code'
import { OutboxDeliverer, type DelivererOptions, type Pending } from './OutboxDeliverer'
import { attachmentPath, OutboxJournal, type JournalLine, type NewAttachment, type OutboxRecord, type SpentToken } from './OutboxJournal'

export interface FeedbackOutboxOptions<T> extends Partial<Omit<DelivererOptions<T>, 'deliver'>> {
  dir: string
  deliver: DelivererOptions<T>['deliver']
  now?: () => Date
  /** The journal is rewritten without delivered records once it grows past this. */
  compactBytes?: number
}

/** Thrown when a form token was already spent on a submission. */
export class TokenSpentError extends Error {
  constructor() {
    super('this form was already sent')
  }
}

/**
 * A durable outbox for feedback: `accept()` resolves only once the submission is fsync'd to an append-only journal
 * (`OutboxJournal`), then a background deliverer (`OutboxDeliverer`) sends it to the CMS, retrying while the CMS is
 * down.
 *
 * @remarks Tracking codes are drawn here at random (70 bits, `newTrackingCode()`), so the code is known when the
 * citizen is answered even if the CMS is down, and nobody can guess another's; a record whose code is taken gets a new
 * one, the first kept in `originalCode`. Records left in another outbox's journal (a build's own outbox, before every
 * build shared one) are taken over by `adopt()`. Delivered records are acknowledged in the journal and dropped when it
 * is compacted (at start and whenever it grows past `compactBytes`). The form tokens spent on submissions are kept in
 * the same journal until they expire, so a token is used once even across restarts. Files without a record (a crash
 * between writing them and the record) are removed at the next start.
 */
export class FeedbackOutbox<T = unknown> {
  private readonly log: (line: string) => void
  private readonly now: () => Date
  private readonly journal: OutboxJournal<T>
  private readonly deliverer: OutboxDeliverer<T>
  private readonly pending = new Map<string, Pending<T>>()
  /** Spent form tokens by id, with the time they expire. */
  private readonly tokens = new Map<string, number>()
  private closed = false
  private opened?: Promise<void>

  constructor(options: FeedbackOutboxOptions<T>) {
    this.log = options.log ?? ((line) => console.log(`[feedback] ${line}`))
    this.now = options.now ?? (() => new Date())
    this.journal = new OutboxJournal<T>(options.dir, { compactBytes: options.compactBytes ?? 4 * 1024 * 1024, log: this.log, snapshot: () => this.snapshot() })
    const outbox = { pending: this.pending, journal: this.journal, recode: (record: Pending<T>) => this.recode(record) }
    this.deliverer = new OutboxDeliverer<T>(outbox, {
      deliver: options.deliver,
      log: this.log,
      retryMs: options.retryMs ?? { min: 500, max: 30_000 },
      concurrency: options.concurrency ?? 4,
      parkedRetryMs: options.parkedRetryMs ?? 3600_000,
    })
  }

  /** Reads the journal left by a previous run and starts delivering what it still holds. */
  open(): Promise<void> {
    this.opened ??= this.load()
    return this.opened
  }

  private async load(): Promise<void> {
    const { records, tokens } = await OutboxJournal.read<T>(this.journal.dir, this.log)
    for (const [id, record] of records) this.pending.set(id, { ...record, notBefore: 0, attempts: 0 })
    for (const [id, until] of tokens) this.tokens.set(id, until)
    // Records from before random codes (or a code two journals shared) get a fresh one; the citizen's stays on record.
    const seen = new Set<string>()
    for (const record of this.pending.values()) {
      if (!isTrackingCode(record.code) || seen.has(record.code)) this.recode(record)
      seen.add(record.code)
    }
    await this.journal.compact()
    await this.journal.removeOrphanAttachments((id) => this.pending.has(id))
    if (this.pending.size > 0) this.log(`${this.pending.size} submission(s) waiting in the outbox for the CMS`)
    this.deliverer.kick()
  }

  /** What a compacted journal holds: the spent tokens not yet expired, the undelivered records and their refusals. */
  private snapshot(): JournalLine<T>[] {
    const lines: JournalLine<T>[] = []
    const now = Date.now()
    for (const [id, until] of this.tokens) {
      if (until < now) this.tokens.delete(id)
      else lines.push({ t: 'token', id, until })
    }
    for (const { notBefore: _n, attempts: _a, parked, ...record } of this.pending.values()) {
      lines.push({ t: 'rec', ...record })
      if (parked) lines.push({ t: 'park', id: record.submissionId, reason: parked.reason, at: parked.since })
    }
    return lines
  }

  /** A code no pending record holds. */
  private freshCode(): string {
    const taken = new Set([...this.pending.values()].map((r) => r.code))
    let code = newTrackingCode()
    while (taken.has(code)) code = newTrackingCode()
    return code
  }

  /** Gives a record a new code, keeping the first one the citizen was shown. */
  private recode(record: Pending<T>): void {
    record.originalCode ??= record.code
    record.code = this.freshCode()
    this.log(`submission first coded ${record.originalCode} is now ${record.code}`)
  }

  /**
   * Stores a submission durably and gives it a tracking code; resolves only after the journal is flushed to disk.
   *
   * @remarks A rejection means nothing was accepted: the caller answers with an error and the citizen keeps the form.
   */
  async accept(data: T, files: NewAttachment[] = [], token?: SpentToken): Promise<OutboxRecord<T>> {
    await this.open()
    if (this.closed) throw new Error('the outbox is closed')
    if (token && !this.claimToken(token)) throw new TokenSpentError()
    try {
      return await this.store(data, files, token)
    } catch (err) {
      if (token) this.tokens.delete(token.id)
      throw err
    }
  }

  private async store(data: T, files: NewAttachment[], token?: SpentToken): Promise<OutboxRecord<T>> {
    const submissionId = randomUUID()
    if (files.length > 0) {
      try {
        await this.journal.writeAttachments(submissionId, files)
      } catch (err) {
        await this.journal.removeAttachments(submissionId).catch(() => {})
        throw err
      }
    }
    const record: OutboxRecord<T> = { submissionId, code: this.freshCode(), receivedAt: this.now().toISOString(), data }
    if (files.length > 0) record.attachments = files.map((f) => ({ name: f.name, type: f.type, size: f.bytes.byteLength }))
    // In the pending set before the write, so a compaction right after it keeps the record; not due until durable.
    const entry = { ...record, notBefore: Number.POSITIVE_INFINITY, attempts: 0 }
    this.pending.set(record.submissionId, entry)
    try {
      await this.journal.append({ t: 'rec', ...record, ...(token && { token }) })
    } catch (err) {
      this.pending.delete(record.submissionId)
      if (files.length > 0) await this.journal.removeAttachments(submissionId).catch(() => {})
      throw err
    }
    entry.notBefore = 0
    this.deliverer.kick()
    return record
  }

  /** Reserves a form token for one submission; false when it was spent already. */
  private claimToken(token: SpentToken): boolean {
    const until = this.tokens.get(token.id)
    if (until !== undefined && until >= Date.now()) return false
    this.tokens.set(token.id, token.until)
    return true
  }

  /** True when a form token was spent on a submission (accepted or quietly dropped) and has not expired. */
  async tokenSpent(id: string): Promise<boolean> {
    await this.open()
    const until = this.tokens.get(id)
    return until !== undefined && until >= Date.now()
  }

  /**
   * Spends a form token without storing a submission (one quietly dropped as a bot's); resolves once that is on disk.
   * Throws `TokenSpentError` when it was spent already.
   */
  async spendToken(token: SpentToken): Promise<void> {
    await this.open()
    if (!this.claimToken(token)) throw new TokenSpentError()
    try {
      await this.journal.append({ t: 'token', ...token })
    } catch (err) {
      this.tokens.delete(token.id)
      throw err
    }
  }

  /**
   * Takes over the undelivered records of another outbox's folder (with their files), then removes its journal.
   *
   * @remarks Each record is copied, its files fsync'd first, into this journal before the other is removed: a crash in
   * between only means the next start finds them again and skips those it already has (same `submissionId`). A code
   * that another record here already holds, or a legacy one, is replaced, the citizen's kept in `originalCode`.
   */
  async adopt(dir: string): Promise<number> {
    await this.open()
    if (path.resolve(dir) === path.resolve(this.journal.dir)) return 0
    const { records } = await OutboxJournal.read<T>(dir).catch(() => ({ records: new Map<string, OutboxRecord<T>>() }))
    let adopted = 0
    for (const { parked: _p, ...record } of records.values() as Iterable<Pending<T>>) {
      if (this.pending.has(record.submissionId)) continue
      const bytes = await Promise.all((record.attachments ?? []).map((_, i) => fsp.readFile(attachmentPath(dir, record.submissionId, i)).catch(() => null)))
      // A record whose files are gone still lands, without them.
      const kept = (record.attachments ?? []).flatMap((a, i) => (bytes[i] ? [{ ...a, bytes: bytes[i] }] : []))
      const copy: Pending<T> = { ...record, notBefore: Number.POSITIVE_INFINITY, attempts: 0 }
      delete copy.attachments
      if (kept.length > 0) {
        await this.journal.writeAttachments(record.submissionId, kept)
        copy.attachments = kept.map(({ bytes: _b, ...a }) => a)
      }
      if (!isTrackingCode(copy.code) || [...this.pending.values()].some((r) => r.code === copy.code)) this.recode(copy)
      this.pending.set(copy.submissionId, copy)
      const { notBefore: _n, attempts: _a, ...line } = copy
      await this.journal.append({ t: 'rec', ...line })
      copy.notBefore = 0
      adopted++
    }
    await OutboxJournal.remove(dir)
    if (adopted > 0) this.log(`took over ${adopted} undelivered submission(s) from ${dir}`)
    this.deliverer.kick()
    return adopted
  }

  /** What waits for the CMS: how many, and the records it refused for good (code and reason only, nothing personal). */
  status(): OutboxStatus {
    const parked = [...this.pending.values()]
      .filter((r) => r.parked)
      .map((r) => ({ code: r.code, reason: r.parked!.reason, since: r.parked!.since, attempts: r.attempts }))
    return { pending: this.pending.size, parked }
  }

  /** A submission still waiting for the CMS, by tracking code (for look-ups made before it arrives). */
  findPending(code: string): OutboxRecord<T> | undefined {
    for (const record of this.pending.values()) if (record.code === code) return record
    return undefined
  }

  /** Number of submissions not yet delivered. */
  get size(): number {
    return this.pending.size
  }

  /** Resolves once every accepted submission has been delivered (tests and shutdown). */
  async drained(timeoutMs = 30_000): Promise<boolean> {
    const until = Date.now() + timeoutMs
    while (this.pending.size > 0 && Date.now() < until) {
      this.deliverer.kick()
      await new Promise((r) => setTimeout(r, 50))
    }
    return this.pending.size === 0
  }

  /** Stops delivering and closes the journal; undelivered records stay in it for the next start. */
  async close(): Promise<void> {
    this.closed = true
    this.deliverer.close()
    await this.journal.close()
  }
}
