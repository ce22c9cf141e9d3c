import { randomUUID } from 'node:crypto'
import fsp from 'node:fs/promises'
import path from 'node:path'
import type { OutboxStatus } from '@congkhai/contracts/site-status'
import { isTrackingCode, newTrackingCode } from '@congkhai/contracts/tracking-code'

/** A submission accepted by the site and kept until the CMS has it. */
export interface OutboxRecord<T = unknown> {
  /** Random id the CMS stores as unique, so a redelivery never creates a second record. */
  submissionId: string
  /** Public tracking code, `GY-7K2QD-M9XWB-4TRN8`. */
  code: string
  /** The code the citizen was shown first, when the record had to get another (a legacy or already taken code). */
  originalCode?: string
  receivedAt: string
  data: T
  /** Files sent with the submission, kept beside the journal (`attachments/<submissionId>/<index>`) until delivered. */
  attachments?: StoredAttachment[]
}

/** An attachment as the journal describes it; its bytes are in a file of their own. */
export interface StoredAttachment {
  name: string
  type: string
  size: number
}

/** An attachment handed to `accept()`. */
export interface NewAttachment {
  name: string
  type: string
  bytes: Uint8Array
}

/** An attachment handed to the deliverer: where its bytes are on disk. */
export interface AttachmentFile extends StoredAttachment {
  path: string
}

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

export interface FeedbackOutboxOptions<T> {
  dir: string
  /** Sends one record, with its attachments' files, to the CMS; resolves once the CMS has stored it (or already had it). */
  deliver: (record: OutboxRecord<T>, files: AttachmentFile[]) => Promise<void>
  log?: (line: string) => void
  now?: () => Date
  /** First and longest wait between delivery attempts while the CMS is down. */
  retryMs?: { min: number; max: number }
  /** The journal is rewritten without delivered records once it grows past this. */
  compactBytes?: number
  /** Deliveries in flight at once. */
  concurrency?: number
  /** Wait between attempts at a record the CMS refused for good (default an hour). */
  parkedRetryMs?: number
}

/** A form token spent on a submission, kept until the token would have expired anyway. */
interface SpentToken {
  id: string
  until: number
}

// `state` lines held the per-year sequence of the legacy codes; they are still read (and ignored) in old journals.
type Line<T> =
  | { t: 'state'; year?: number; lastSeq?: number }
  | ({ t: 'rec'; token?: SpentToken } & OutboxRecord<T>)
  | { t: 'ack'; id: string }
  | { t: 'park'; id: string; reason: string; at: string }
  | ({ t: 'token' } & SpentToken)

type Pending<T> = OutboxRecord<T> & { notBefore: number; attempts: number; parked?: { reason: string; since: string } }

interface Waiting {
  line: string
  resolve: () => void
  reject: (err: Error) => void
}

const JOURNAL = 'journal.jsonl'
const ATTACHMENTS = 'attachments'

/** Thrown when a form token was already spent on a submission. */
export class TokenSpentError extends Error {
  constructor() {
    super('this form was already sent')
  }
}

/**
 * A durable outbox for feedback: `accept()` resolves only once the submission is fsync'd to an append-only journal,
 * then a background deliverer sends it to the CMS, retrying while the CMS is down.
 *
 * @remarks Concurrent submissions share one write and one `fdatasync` (group commit), so durability costs one disk
 * flush per batch, not per request. Tracking codes are drawn here at random (70 bits, `newTrackingCode()`), so the code
 * is known when the citizen is answered even if the CMS is down, and nobody can guess another's. A record the CMS
 * refuses for good is parked, never dropped: kept in the journal, tried again hourly and listed by `status()`; one
 * whose code the CMS already holds gets a new code, the first one kept in `originalCode`. Records left in another
 * outbox's journal (a build's own outbox, before every build shared one) are taken over by `adopt()`. Delivered records
 * are acknowledged in the journal and dropped when it is compacted (at start and whenever it grows past `compactBytes`).
 * The form tokens spent on submissions are kept in the same journal until they expire, so a token is used once even
 * across restarts.
 *
 * Attachments are written first, each to its own file fsync'd with its folder, and the journal record that names
 * them after: a record in the journal always has its files. Files without a record (a crash between the two) are
 * removed at the next start; a delivered record's files are removed after its acknowledgement.
 */
export class FeedbackOutbox<T = unknown> {
  private readonly file: string
  private readonly log: (line: string) => void
  private readonly now: () => Date
  private readonly retry: { min: number; max: number }
  private readonly compactBytes: number
  private readonly concurrency: number
  private readonly parkedRetryMs: number
  private handle?: fsp.FileHandle
  private journalBytes = 0
  private readonly pending = new Map<string, Pending<T>>()
  /** Spent form tokens by id, with the time they expire. */
  private readonly tokens = new Map<string, number>()
  private readonly queue: Waiting[] = []
  private flushing?: Promise<void>
  private delivering = false
  private wake?: NodeJS.Timeout
  private cmsDownUntil = 0
  private downFor = 0
  private closed = false
  private opened?: Promise<void>

  constructor(private readonly options: FeedbackOutboxOptions<T>) {
    this.file = path.join(options.dir, JOURNAL)
    this.log = options.log ?? ((line) => console.log(`[feedback] ${line}`))
    this.now = options.now ?? (() => new Date())
    this.retry = options.retryMs ?? { min: 500, max: 30_000 }
    this.compactBytes = options.compactBytes ?? 4 * 1024 * 1024
    this.concurrency = options.concurrency ?? 4
    this.parkedRetryMs = options.parkedRetryMs ?? 3600_000
  }

  /** Reads the journal left by a previous run and starts delivering what it still holds. */
  open(): Promise<void> {
    this.opened ??= this.load()
    return this.opened
  }

  private async load(): Promise<void> {
    await fsp.mkdir(this.options.dir, { recursive: true, mode: 0o700 })
    const text = await fsp.readFile(this.file, 'utf8').catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? '' : Promise.reject(err)))
    for (const raw of text.split('\n')) {
      if (!raw) continue
      let line: Line<T>
      try {
        line = JSON.parse(raw) as Line<T>
      } catch {
        // Only the tail can be torn (a crash mid-append); it was never acknowledged to anyone.
        this.log('ignoring a torn line in the outbox journal')
        continue
      }
      if (line.t === 'rec') {
        const { t: _t, token, ...record } = line
        this.pending.set(line.submissionId, { ...(record as OutboxRecord<T>), notBefore: 0, attempts: 0 })
        if (token) this.tokens.set(token.id, token.until)
      } else if (line.t === 'ack') this.pending.delete(line.id)
      else if (line.t === 'park') {
        const record = this.pending.get(line.id)
        if (record) record.parked = { reason: line.reason, since: record.parked?.since ?? line.at }
      } else if (line.t === 'token') this.tokens.set(line.id, line.until)
    }
    // Records from before random codes (or a code two journals shared) get a fresh one; the citizen's stays on record.
    const seen = new Set<string>()
    for (const record of this.pending.values()) {
      if (!isTrackingCode(record.code) || seen.has(record.code)) this.recode(record)
      seen.add(record.code)
    }
    await this.compact()
    await this.removeOrphanFiles()
    if (this.pending.size > 0) this.log(`${this.pending.size} submission(s) waiting in the outbox for the CMS`)
    this.kick()
  }

  /** Removes attachment folders that no pending record names (written before a crash, or delivered and acknowledged). */
  private async removeOrphanFiles(): Promise<void> {
    const root = path.join(this.options.dir, ATTACHMENTS)
    const names = await fsp.readdir(root).catch(() => [] as string[])
    for (const name of names) if (!this.pending.has(name)) await fsp.rm(path.join(root, name), { recursive: true, force: true })
  }

  private attachmentDir(submissionId: string): string {
    return path.join(this.options.dir, ATTACHMENTS, submissionId)
  }

  /** The files of a record's attachments, in order. */
  attachmentFiles(record: OutboxRecord<T>): AttachmentFile[] {
    return (record.attachments ?? []).map((a, i) => ({ ...a, path: path.join(this.attachmentDir(record.submissionId), String(i)) }))
  }

  /** Writes a record's attachments and makes them durable: each file, its folder and the folder's entry are fsync'd. */
  private async writeAttachments(submissionId: string, files: NewAttachment[]): Promise<void> {
    const root = path.join(this.options.dir, ATTACHMENTS)
    const dir = this.attachmentDir(submissionId)
    await fsp.mkdir(dir, { recursive: true, mode: 0o700 })
    await Promise.all(files.map(async (file, i) => {
      const fh = await fsp.open(path.join(dir, String(i)), 'w', 0o600)
      try {
        await fh.writeFile(file.bytes)
        await fh.datasync()
      } finally {
        await fh.close()
      }
    }))
    for (const folder of [dir, root]) {
      const fh = await fsp.open(folder, 'r')
      await fh.sync().finally(() => fh.close())
    }
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

  /** Writes the spent tokens and the undelivered records to a new journal and swaps it in atomically. */
  private async compact(): Promise<void> {
    const lines: Line<T>[] = []
    const now = Date.now()
    for (const [id, until] of this.tokens) {
      if (until < now) this.tokens.delete(id)
      else lines.push({ t: 'token', id, until })
    }
    for (const { notBefore: _n, attempts: _a, parked, ...record } of this.pending.values()) {
      lines.push({ t: 'rec', ...record })
      if (parked) lines.push({ t: 'park', id: record.submissionId, reason: parked.reason, at: parked.since })
    }
    const text = lines.map((l) => `${JSON.stringify(l)}\n`).join('')
    const tmp = `${this.file}.tmp`
    const fh = await fsp.open(tmp, 'w', 0o600)
    try {
      await fh.writeFile(text)
      await fh.sync()
    } finally {
      await fh.close()
    }
    await this.handle?.close()
    await fsp.rename(tmp, this.file)
    const dir = await fsp.open(this.options.dir, 'r')
    await dir.sync().finally(() => dir.close())
    this.handle = await fsp.open(this.file, 'a', 0o600)
    this.journalBytes = Buffer.byteLength(text)
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
        await this.writeAttachments(submissionId, files)
      } catch (err) {
        await fsp.rm(this.attachmentDir(submissionId), { recursive: true, force: true }).catch(() => {})
        throw err
      }
    }
    const record: OutboxRecord<T> = { submissionId, code: this.freshCode(), receivedAt: this.now().toISOString(), data }
    if (files.length > 0) record.attachments = files.map((f) => ({ name: f.name, type: f.type, size: f.bytes.byteLength }))
    // In the pending set before the write, so a compaction right after it keeps the record; not due until durable.
    const entry = { ...record, notBefore: Number.POSITIVE_INFINITY, attempts: 0 }
    this.pending.set(record.submissionId, entry)
    try {
      await this.append({ t: 'rec', ...record, ...(token && { token }) })
    } catch (err) {
      this.pending.delete(record.submissionId)
      if (files.length > 0) await fsp.rm(this.attachmentDir(submissionId), { recursive: true, force: true }).catch(() => {})
      throw err
    }
    entry.notBefore = 0
    this.kick()
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
      await this.append({ t: 'token', ...token })
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
    if (path.resolve(dir) === path.resolve(this.options.dir)) return 0
    const journal = path.join(dir, JOURNAL)
    const text = await fsp.readFile(journal, 'utf8').catch(() => '')
    const found = new Map<string, OutboxRecord<T>>()
    for (const raw of text.split('\n')) {
      let line: Line<T>
      try {
        line = JSON.parse(raw) as Line<T>
      } catch {
        continue
      }
      if (line.t === 'rec') {
        const { t: _t, token: _token, ...record } = line
        found.set(line.submissionId, record as OutboxRecord<T>)
      } else if (line.t === 'ack') found.delete(line.id)
    }
    let adopted = 0
    for (const record of found.values()) {
      if (this.pending.has(record.submissionId)) continue
      const files = (record.attachments ?? []).map((_, i) => path.join(dir, ATTACHMENTS, record.submissionId, String(i)))
      const bytes = await Promise.all(files.map((f) => fsp.readFile(f).catch(() => null)))
      // A record whose files are gone still lands, without them.
      const kept = (record.attachments ?? []).flatMap((a, i) => (bytes[i] ? [{ ...a, bytes: bytes[i] }] : []))
      const copy: Pending<T> = { ...record, notBefore: Number.POSITIVE_INFINITY, attempts: 0 }
      delete copy.attachments
      if (kept.length > 0) {
        await this.writeAttachments(record.submissionId, kept)
        copy.attachments = kept.map(({ bytes: _b, ...a }) => a)
      }
      if (!isTrackingCode(copy.code) || [...this.pending.values()].some((r) => r.code === copy.code)) this.recode(copy)
      this.pending.set(copy.submissionId, copy)
      const { notBefore: _n, attempts: _a, ...line } = copy
      await this.append({ t: 'rec', ...line })
      copy.notBefore = 0
      adopted++
    }
    await fsp.rm(journal, { force: true })
    await fsp.rm(path.join(dir, ATTACHMENTS), { recursive: true, force: true })
    if (adopted > 0) this.log(`took over ${adopted} undelivered submission(s) from ${dir}`)
    this.kick()
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
      this.kick()
      await new Promise((r) => setTimeout(r, 50))
    }
    return this.pending.size === 0
  }

  /** Stops delivering and closes the journal; undelivered records stay in it for the next start. */
  async close(): Promise<void> {
    this.closed = true
    clearTimeout(this.wake)
    await this.flushing
    await this.handle?.close()
    this.handle = undefined
  }

  private append(line: Line<T>): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ line: `${JSON.stringify(line)}\n`, resolve, reject })
      this.flushing ??= this.flush()
    })
  }

  /** Group commit: everything queued while the previous flush ran goes out in one write and one `fdatasync`. */
  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0)
      const text = batch.map((w) => w.line).join('')
      let written = false
      try {
        if (!this.handle) throw new Error('the outbox journal is not open')
        await this.handle.write(text)
        await this.handle.datasync()
        this.journalBytes += Buffer.byteLength(text)
        written = true
        for (const w of batch) w.resolve()
      } catch (err) {
        for (const w of batch) w.reject(err as Error)
      }
      if (written && this.journalBytes > this.compactBytes && this.queue.length === 0 && !this.closed) {
        await this.compact().catch((err: Error) => this.log(`could not compact the outbox journal: ${err.message}`))
      }
    }
    this.flushing = undefined
  }

  /** Starts the deliverer if it is idle. */
  private kick(): void {
    if (this.delivering || this.closed || this.pending.size === 0) return
    this.delivering = true
    clearTimeout(this.wake)
    this.wake = undefined
    void this.deliverAll().finally(() => {
      this.delivering = false
      this.scheduleNext()
    })
  }

  private scheduleNext(): void {
    if (this.closed || this.pending.size === 0 || this.wake) return
    const times = [...this.pending.values()].map((r) => Math.max(r.notBefore, this.cmsDownUntil)).filter(Number.isFinite)
    if (times.length === 0) return
    const next = Math.min(...times)
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
      const due = [...this.pending.values()].filter((r) => r.notBefore <= now)
      if (due.length === 0) return
      // A few at a time: the CMS stores each in its own transaction, and a backlog after an outage drains faster.
      for (let i = 0; i < due.length; i += this.concurrency) {
        if (this.closed) return
        const outcomes = await Promise.all(due.slice(i, i + this.concurrency).map((record) => this.deliverOne(record)))
        if (outcomes.includes('down')) return
      }
    }
  }

  private async deliverOne(record: Pending<T>): Promise<'ok' | 'down' | 'refused'> {
    const { notBefore: _n, attempts: _a, parked: _p, ...plain } = record
    try {
      await this.options.deliver(plain, this.attachmentFiles(plain))
      this.pending.delete(record.submissionId)
      this.downFor = 0
      // An ack lost in a crash only means one idempotent redelivery; the files go once the ack is on disk.
      this.append({ t: 'ack', id: record.submissionId })
        .then(() => (plain.attachments ? fsp.rm(this.attachmentDir(plain.submissionId), { recursive: true, force: true }) : undefined))
        .catch(() => {})
      return 'ok'
    } catch (err) {
      const failure = err instanceof DeliveryError ? err.failure : 'transient'
      if (failure === 'transient') {
        if (this.downFor === 0) this.log(`CMS unavailable, ${this.pending.size} submission(s) kept in the outbox: ${(err as Error).message}`)
        this.downFor = Math.min(Math.max(this.retry.min, this.downFor * 2), this.retry.max)
        this.cmsDownUntil = Date.now() + this.downFor
        return 'down'
      }
      record.attempts++
      if (failure === 'code-taken' && record.attempts <= 5) {
        this.recode(record)
        const { notBefore: _nb, attempts: _at, parked: _pk, ...line } = record
        record.notBefore = Number.POSITIVE_INFINITY
        await this.append({ t: 'rec', ...line }).then(
          () => (record.notBefore = 0),
          () => (record.notBefore = Date.now() + this.retry.max),
        )
        return 'refused'
      }
      if (failure === 'refused' || failure === 'code-taken') {
        const reason = (err as Error).message.slice(0, 300)
        const since = record.parked?.since ?? new Date().toISOString()
        if (!record.parked || record.parked.reason !== reason) {
          this.log(`CMS refused ${record.code} for good; parked, tried again every ${Math.round(this.parkedRetryMs / 60_000)} min and shown to the admin: ${reason}`)
          await this.append({ t: 'park', id: record.submissionId, reason, at: since }).catch(() => {})
        }
        record.parked = { reason, since }
        record.notBefore = Date.now() + this.parkedRetryMs
        return 'refused'
      }
      record.notBefore = Date.now() + Math.min(this.retry.min * 2 ** record.attempts, 5 * 60_000)
      this.log(`could not deliver ${record.code} (kept, will retry): ${(err as Error).message}`)
      return 'refused'
    }
  }
}
