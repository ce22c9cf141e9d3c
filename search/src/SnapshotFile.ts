import { randomUUID } from 'node:crypto'
import { mkdir, open, rename, rm, stat } from 'node:fs/promises'
import { dirname } from 'node:path'

/** What identifies one version of the file: each atomic write creates a new inode. */
interface Stamp {
  ino: number
  size: number
  mtimeMs: number
}

const sameStamp = (a: Stamp | null, b: Stamp | null): boolean =>
  a === b || (a !== null && b !== null && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs)

const stampOf = ({ ino, size, mtimeMs }: Stamp): Stamp => ({ ino, size, mtimeMs })

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT'

/**
 * A file that one process replaces atomically and others re-read when it changes.
 *
 * @remarks Writes go to a temporary file in the same folder and are renamed over the target, so a reader never sees
 * half a file; writes from one instance are queued so the last call always lands last.
 */
export class SnapshotFile {
  readonly path: string
  #stamp: Stamp | null = null
  #queue: Promise<void> = Promise.resolve()

  constructor(path: string) {
    this.path = path
  }

  /** Whether the file on disk is not the version this instance last read or wrote. */
  async changed(): Promise<boolean> {
    try {
      return !sameStamp(stampOf(await stat(this.path)), this.#stamp)
    } catch (error) {
      if (isMissing(error)) return this.#stamp !== null
      throw error
    }
  }

  /** Reads the file, or returns null when it does not exist. */
  async read(): Promise<Buffer | null> {
    let handle
    try {
      handle = await open(this.path, 'r')
    } catch (error) {
      if (!isMissing(error)) throw error
      this.#stamp = null
      return null
    }
    try {
      const stamp = stampOf(await handle.stat())
      const bytes = await handle.readFile()
      this.#stamp = stamp
      return bytes
    } finally {
      await handle.close()
    }
  }

  /** Replaces the file's content with these parts, one after the other, atomically, after any write already queued. */
  write(parts: readonly (string | Uint8Array)[]): Promise<void> {
    const done = this.#queue.then(() => this.#replace(parts))
    this.#queue = done.catch(() => undefined)
    return done
  }

  async #replace(parts: readonly (string | Uint8Array)[]): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true })
    const temporary = `${this.path}.${process.pid}.${randomUUID()}.tmp`
    try {
      const handle = await open(temporary, 'w')
      let stamp: Stamp
      try {
        for (const part of parts) await handle.write(typeof part === 'string' ? Buffer.from(part, 'utf8') : part)
        await handle.sync()
        stamp = stampOf(await handle.stat())
      } finally {
        await handle.close()
      }
      await rename(temporary, this.path)
      this.#stamp = stamp
    } catch (error) {
      await rm(temporary, { force: true })
      throw error
    }
  }
}
