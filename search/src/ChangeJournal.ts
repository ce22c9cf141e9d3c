import { randomUUID } from 'node:crypto'
import { mkdir, open, rename, rm, stat } from 'node:fs/promises'
import { dirname } from 'node:path'

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT'

/**
 * An append-only file of changes made since a snapshot, one JSON line each, headed by the snapshot's generation.
 *
 * @remarks Rewriting a whole snapshot for every published document costs seconds at 10,000 documents; appending a line
 * costs one small write and one `fdatasync`. A journal belongs to exactly one snapshot: its first line names the
 * snapshot's generation, and a reader applies it only on top of that snapshot, so a journal left over from an older
 * snapshot (the writer crashed between replacing the snapshot and starting a new journal) is ignored rather than
 * replayed on the wrong base. Changes are idempotent (upsert by id, remove by id), so reading one twice is harmless;
 * a torn last line (a crash in the middle of an append) is skipped.
 */
export class ChangeJournal<Entry> {
  readonly path: string
  /** The inode of the journal read so far, and how far: only lines after `offset` are new. */
  #ino = -1
  #offset = 0
  #queue: Promise<unknown> = Promise.resolve()

  constructor(path: string) {
    this.path = path
  }

  /** Forgets what was read, so the next {@link readNew} starts from the top (after a snapshot was loaded). */
  rewind(): void {
    this.#ino = -1
    this.#offset = 0
  }

  /** Size of the journal on disk in bytes, 0 when there is none. */
  async size(): Promise<number> {
    try {
      return (await stat(this.path)).size
    } catch (error) {
      if (isMissing(error)) return 0
      throw error
    }
  }

  /**
   * The entries appended since the last call, when the journal belongs to the snapshot of `generation`.
   *
   * @param onSkip told about each line that cannot be read (a torn append)
   */
  async readNew(generation: string | undefined, onSkip: (line: string) => void = () => {}): Promise<Entry[]> {
    let handle
    try {
      handle = await open(this.path, 'r')
    } catch (error) {
      if (isMissing(error)) return []
      throw error
    }
    try {
      const { ino, size } = await handle.stat()
      if (ino !== this.#ino) {
        this.#ino = ino
        this.#offset = 0
      }
      if (size <= this.#offset) return []
      const buffer = Buffer.alloc(size - this.#offset)
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, this.#offset)
      // Only whole lines: an append still being written is read next time.
      const end = buffer.subarray(0, bytesRead).lastIndexOf(0x0a) + 1
      if (end === 0) return []
      const startedAtTop = this.#offset === 0
      this.#offset += end
      const lines = buffer.toString('utf8', 0, end).split('\n').slice(0, -1)
      if (startedAtTop) {
        const header = this.#parse(lines.shift() ?? '') as { generation?: string } | undefined
        if (generation === undefined || header?.generation !== generation) {
          // Another snapshot's journal: skip all of it, now and as it grows.
          this.#offset = Number.POSITIVE_INFINITY
          return []
        }
      }
      const entries: Entry[] = []
      for (const line of lines) {
        const entry = this.#parse(line)
        if (entry === undefined) onSkip(line)
        else entries.push(entry as Entry)
      }
      return entries
    } finally {
      await handle.close()
    }
  }

  /**
   * Appends one entry durably (written and `fdatasync`ed before it resolves).
   *
   * @remarks The writer's own line is marked as read when nobody else appended in between, so it is not applied twice.
   */
  append(entry: Entry): Promise<void> {
    const line = Buffer.from(`${JSON.stringify(entry)}\n`)
    return this.#serial(async () => {
      const handle = await open(this.path, 'a')
      try {
        await handle.write(line)
        await handle.datasync()
        const { ino, size } = await handle.stat()
        if (ino === this.#ino && size === this.#offset + line.length) this.#offset = size
      } finally {
        await handle.close()
      }
    })
  }

  /** Replaces the journal atomically with an empty one for the snapshot of `generation`. */
  start(generation: string): Promise<void> {
    return this.#serial(async () => {
      await mkdir(dirname(this.path), { recursive: true })
      const temporary = `${this.path}.${process.pid}.${randomUUID()}.tmp`
      const header = Buffer.from(`${JSON.stringify({ generation })}\n`)
      try {
        const handle = await open(temporary, 'w')
        try {
          await handle.write(header)
          await handle.sync()
          this.#ino = (await handle.stat()).ino
          this.#offset = header.length
        } finally {
          await handle.close()
        }
        await rename(temporary, this.path)
      } catch (error) {
        await rm(temporary, { force: true })
        throw error
      }
    })
  }

  #parse(line: string): unknown {
    try {
      return JSON.parse(line)
    } catch {
      return undefined
    }
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task)
    this.#queue = run.catch(() => undefined)
    return run
  }
}
