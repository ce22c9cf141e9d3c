import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'

/** A submission accepted by the site and kept until the CMS has it. */
export interface OutboxRecord<T = unknown> {
  /** Random id the CMS stores as unique, so a redelivery never creates a second record. */
  submissionId: string
  /** Public tracking code, `GY-2026-000123`. */
  code: string
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

/** What delivering one record to the CMS can end in, besides success. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    /** True when the CMS itself is down or overloaded (wait before trying anything); false when only this record failed. */
    readonly transient: boolean,
  ) {
    super(message)
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
}

type Line<T> = { t: 'state'; year: number; lastSeq: number } | ({ t: 'rec' } & OutboxRecord<T>) | { t: 'ack'; id: string }

interface Waiting {
  line: string
  resolve: () => void
  reject: (err: Error) => void
}

const JOURNAL = 'journal.jsonl'
const ATTACHMENTS = 'attachments'

/** The year of a date in Vietnam (UTC+7), which numbers the tracking codes. */
export function vietnamYear(date: Date): number {
  return new Date(date.getTime() + 7 * 3600_000).getUTCFullYear()
}

/** `GY-2026-000123`. */
export function trackingCode(year: number, seq: number): string {
  return `GY-${year}-${String(seq).padStart(6, '0')}`
}

/**
 * A durable outbox for feedback: `accept()` resolves only once the submission is fsync'd to an append-only journal,
 * then a background deliverer sends it to the CMS, retrying while the CMS is down.
 *
 * @remarks Concurrent submissions share one write and one `fdatasync` (group commit), so durability costs one disk
 * flush per batch, not per request. Tracking codes are numbered here, from a per-year sequence kept in the same journal:
 * the number is known when the citizen is answered even if the CMS is down, and it is unique because one site process
 * owns the journal (the CMS's unique index on the code would reject a collision). Delivered records are acknowledged
 * in the journal and dropped when it is compacted (at start and whenever it grows past `compactBytes`).
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
  private handle?: fsp.FileHandle
  private year = 0
  private lastSeq = 0
  private journalBytes = 0
  private readonly pending = new Map<string, OutboxRecord<T> & { notBefore: number; attempts: number }>()
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
      if (line.t === 'state') this.noteSeq(line.year, line.lastSeq)
      else if (line.t === 'rec') {
        this.pending.set(line.submissionId, { ...line, notBefore: 0, attempts: 0 })
        const [, year, seq] = line.code.split('-')
        this.noteSeq(Number(year), Number(seq))
      } else if (line.t === 'ack') this.pending.delete(line.id)
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

  private noteSeq(year: number, seq: number): void {
    if (year > this.year) [this.year, this.lastSeq] = [year, seq]
    else if (year === this.year) this.lastSeq = Math.max(this.lastSeq, seq)
  }

  /** Writes the state and the undelivered records to a new journal and swaps it in atomically. */
  private async compact(): Promise<void> {
    const lines: Line<T>[] = [{ t: 'state', year: this.year, lastSeq: this.lastSeq }]
    for (const { notBefore: _n, attempts: _a, ...record } of this.pending.values()) lines.push({ t: 'rec', ...record })
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
  async accept(data: T, files: NewAttachment[] = []): Promise<OutboxRecord<T>> {
    await this.open()
    if (this.closed) throw new Error('the outbox is closed')
    const submissionId = randomUUID()
    if (files.length > 0) {
      try {
        await this.writeAttachments(submissionId, files)
      } catch (err) {
        await fsp.rm(this.attachmentDir(submissionId), { recursive: true, force: true }).catch(() => {})
        throw err
      }
    }
    // Numbered only now, so a code is never taken by a submission that failed before its record was written.
    const now = this.now()
    const year = vietnamYear(now)
    if (year !== this.year) [this.year, this.lastSeq] = [year, 0]
    const record: OutboxRecord<T> = { submissionId, code: trackingCode(year, ++this.lastSeq), receivedAt: now.toISOString(), data }
    if (files.length > 0) record.attachments = files.map((f) => ({ name: f.name, type: f.type, size: f.bytes.byteLength }))
    // In the pending set before the write, so a compaction right after it keeps the record; not due until durable.
    const entry = { ...record, notBefore: Number.POSITIVE_INFINITY, attempts: 0 }
    this.pending.set(record.submissionId, entry)
    try {
      await this.append({ t: 'rec', ...record })
    } catch (err) {
      this.pending.delete(record.submissionId)
      if (files.length > 0) await fsp.rm(this.attachmentDir(submissionId), { recursive: true, force: true }).catch(() => {})
      throw err
    }
    entry.notBefore = 0
    this.kick()
    return record
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

  private async deliverOne(record: OutboxRecord<T> & { notBefore: number; attempts: number }): Promise<'ok' | 'down' | 'refused'> {
    const { notBefore: _n, attempts: _a, ...plain } = record
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
      const transient = !(err instanceof DeliveryError) || err.transient
      if (transient) {
        if (this.downFor === 0) this.log(`CMS unavailable, ${this.pending.size} submission(s) kept in the outbox: ${(err as Error).message}`)
        this.downFor = Math.min(Math.max(this.retry.min, this.downFor * 2), this.retry.max)
        this.cmsDownUntil = Date.now() + this.downFor
        return 'down'
      }
      record.attempts++
      record.notBefore = Date.now() + Math.min(this.retry.min * 2 ** record.attempts, 5 * 60_000)
      this.log(`CMS refused ${record.code} (kept, will retry): ${(err as Error).message}`)
      return 'refused'
    }
  }
}
