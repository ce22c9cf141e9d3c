import fsp from 'node:fs/promises'
import path from 'node:path'

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

/** A form token spent on a submission, kept until the token would have expired anyway. */
export interface SpentToken {
  id: string
  until: number
}

/** Why the CMS refused a record for good, and since when. */
export interface Parked {
  reason: string
  since: string
}

/**
 * One line of the journal: a record (with the form token spent on it), its delivery (`ack`), its refusal (`park`), a
 * token spent without a record. `state` lines held the per-year sequence of the legacy codes; they are still read
 * (and ignored) in old journals.
 */
export type JournalLine<T> =
  | { t: 'state'; year?: number; lastSeq?: number }
  | ({ t: 'rec'; token?: SpentToken } & OutboxRecord<T>)
  | { t: 'ack'; id: string }
  | { t: 'park'; id: string; reason: string; at: string }
  | ({ t: 'token' } & SpentToken)

/** What a journal holds once replayed: the records not acknowledged (with their refusal, if any) and the tokens. */
export interface JournalContents<T> {
  records: Map<string, OutboxRecord<T> & { parked?: Parked }>
  tokens: Map<string, number>
}

interface Waiting {
  line: string
  resolve: () => void
  reject: (err: Error) => void
}

const JOURNAL = 'journal.jsonl'
const ATTACHMENTS = 'attachments'

/** Where the `index`th attachment of a record is kept in an outbox folder. */
export function attachmentPath(dir: string, submissionId: string, index: number): string {
  return path.join(dir, ATTACHMENTS, submissionId, String(index))
}

/**
 * An outbox's folder on disk: an append-only journal of JSON lines, and each record's attachments in files of their
 * own (`attachments/<submissionId>/<index>`).
 *
 * @remarks Lines appended together share one write and one `fdatasync` (group commit), so durability costs one disk
 * flush per batch, not per request. Attachments are written before the record that names them, each file fsync'd with
 * its folder: a record in the journal always has its files. Once the journal grows past `compactBytes` it is rewritten
 * from `snapshot()` (what the outbox still needs) and swapped in atomically.
 */
export class OutboxJournal<T> {
  private readonly file: string
  private handle?: fsp.FileHandle
  private bytes = 0
  private readonly queue: Waiting[] = []
  private flushing?: Promise<void>
  private closed = false

  constructor(
    readonly dir: string,
    private readonly options: { compactBytes: number; log: (line: string) => void; snapshot: () => JournalLine<T>[] },
  ) {
    this.file = path.join(dir, JOURNAL)
  }

  /** Replays the journal in `dir` (none yet: empty); a torn last line, never acknowledged to anyone, is skipped. */
  static async read<T>(dir: string, log: (line: string) => void = () => {}): Promise<JournalContents<T>> {
    const text = await fsp.readFile(path.join(dir, JOURNAL), 'utf8').catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? '' : Promise.reject(err)))
    const contents: JournalContents<T> = { records: new Map(), tokens: new Map() }
    for (const raw of text.split('\n')) {
      if (!raw) continue
      let line: JournalLine<T>
      try {
        line = JSON.parse(raw) as JournalLine<T>
      } catch {
        log('ignoring a torn line in the outbox journal')
        continue
      }
      if (line.t === 'rec') {
        const { t: _t, token, ...record } = line
        contents.records.set(line.submissionId, record as OutboxRecord<T>)
        if (token) contents.tokens.set(token.id, token.until)
      } else if (line.t === 'ack') contents.records.delete(line.id)
      else if (line.t === 'park') {
        const record = contents.records.get(line.id)
        if (record) record.parked = { reason: line.reason, since: record.parked?.since ?? line.at }
      } else if (line.t === 'token') contents.tokens.set(line.id, line.until)
    }
    return contents
  }

  /** Removes the journal and the attachments of an outbox folder (one whose records were taken over). */
  static async remove(dir: string): Promise<void> {
    await fsp.rm(path.join(dir, JOURNAL), { force: true })
    await fsp.rm(path.join(dir, ATTACHMENTS), { recursive: true, force: true })
  }

  /** Writes what the outbox still needs to a new journal and swaps it in atomically; opens the journal for appending. */
  async compact(): Promise<void> {
    await fsp.mkdir(this.dir, { recursive: true, mode: 0o700 })
    const text = this.options
      .snapshot()
      .map((l) => `${JSON.stringify(l)}\n`)
      .join('')
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
    const dir = await fsp.open(this.dir, 'r')
    await dir.sync().finally(() => dir.close())
    this.handle = await fsp.open(this.file, 'a', 0o600)
    this.bytes = Buffer.byteLength(text)
  }

  /** Appends a line; resolves once it is on disk. */
  append(line: JournalLine<T>): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ line: `${JSON.stringify(line)}\n`, resolve, reject })
      this.flushing ??= this.flush()
    })
  }

  /** Waits for the lines being written, then closes the journal. */
  async close(): Promise<void> {
    this.closed = true
    await this.flushing
    await this.handle?.close()
    this.handle = undefined
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
        this.bytes += Buffer.byteLength(text)
        written = true
        for (const w of batch) w.resolve()
      } catch (err) {
        for (const w of batch) w.reject(err as Error)
      }
      if (written && this.bytes > this.options.compactBytes && this.queue.length === 0 && !this.closed) {
        await this.compact().catch((err: Error) => this.options.log(`could not compact the outbox journal: ${err.message}`))
      }
    }
    this.flushing = undefined
  }

  /** The files of a record's attachments, in order. */
  attachmentFiles(record: OutboxRecord<T>): AttachmentFile[] {
    return (record.attachments ?? []).map((a, i) => ({ ...a, path: attachmentPath(this.dir, record.submissionId, i) }))
  }

  /** Writes a record's attachments and makes them durable: each file, its folder and the folder's entry are fsync'd. */
  async writeAttachments(submissionId: string, files: NewAttachment[]): Promise<void> {
    const dir = path.dirname(attachmentPath(this.dir, submissionId, 0))
    await fsp.mkdir(dir, { recursive: true, mode: 0o700 })
    await Promise.all(
      files.map(async (file, i) => {
        const fh = await fsp.open(path.join(dir, String(i)), 'w', 0o600)
        try {
          await fh.writeFile(file.bytes)
          await fh.datasync()
        } finally {
          await fh.close()
        }
      }),
    )
    for (const folder of [dir, path.dirname(dir)]) {
      const fh = await fsp.open(folder, 'r')
      await fh.sync().finally(() => fh.close())
    }
  }

  /** Removes a record's attachment files. */
  async removeAttachments(submissionId: string): Promise<void> {
    await fsp.rm(path.dirname(attachmentPath(this.dir, submissionId, 0)), { recursive: true, force: true })
  }

  /** Removes attachment folders of no record `keep` names (written before a crash, or delivered and acknowledged). */
  async removeOrphanAttachments(keep: (submissionId: string) => boolean): Promise<void> {
    const root = path.join(this.dir, ATTACHMENTS)
    const names = await fsp.readdir(root).catch(() => [] as string[])
    for (const name of names) if (!keep(name)) await fsp.rm(path.join(root, name), { recursive: true, force: true })
  }
}
