import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** A top-level field whose value takes at least this many characters as JSON is held in the file. */
export const HELD_ON_DISK_MIN_LENGTH = 256

/** Documents' records read last, by their place in the file: a page reads several fields of its document at once. */
const RECENT = 32

/**
 * A file holding documents' large fields for a full build: each document keeps its small fields (what lists, facets,
 * sorting and the sitemap read) on the heap, and reads the others (texts, relations, attachments) from the file when a
 * page asks for them, through getters that return the same values as before.
 *
 * @remarks A full build holds every published document in both languages until its last page is written. At 100,000
 * documents that was 1.1 GB of heap (and 0.46 GB of texts held compressed beside it), and the build's process 2.8 GB
 * resident before its first page (issue 23, a sampling heap profile): most of it the fields only a document's own
 * pages show. The file is unlinked once opened, so it is gone with the process whatever ends it; it lives beside the
 * build's output (`BUILDS_DIR`), on disk, not in a `/tmp` that may be memory.
 */
export class FieldFile {
  readonly #fd: number
  #end = 0
  readonly #recent = new Map<number, Record<string, unknown>>()
  /** Small documents with an id (populated relations: a field, an agency) held once, however many documents embed them. */
  readonly #shared = new Map<string, object>()

  constructor(dir: string) {
    fs.mkdirSync(dir, { recursive: true })
    const file = path.join(dir, `.content-${process.pid}-${randomBytes(4).toString('hex')}`)
    this.#fd = fs.openSync(file, 'w+', 0o600)
    fs.unlinkSync(file)
  }

  /** Bytes written so far. */
  get size(): number {
    return this.#end
  }

  /**
   * Moves `doc`'s large top-level fields to the file, leaving a getter for each (setting the field stores the new
   * value on the object again), and shares its small embedded documents with the other documents held.
   */
  hold(doc: object): void {
    const record = doc as Record<string, unknown>
    const moved: string[] = []
    let json = ''
    for (const key of Object.keys(record)) {
      const value = record[key]
      if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') continue
      if (typeof value === 'string' && value.length < HELD_ON_DISK_MIN_LENGTH / 2) continue
      const text = JSON.stringify(value)
      if (text.length < HELD_ON_DISK_MIN_LENGTH) {
        if (typeof value === 'object' && !Array.isArray(value) && 'id' in value) record[key] = this.#share(text, value)
        continue
      }
      json += `${json ? ',' : '{'}${JSON.stringify(key)}:${text}`
      moved.push(key)
    }
    if (moved.length === 0) return
    const bytes = Buffer.from(`${json}}`)
    const at = this.#end
    fs.writeSync(this.#fd, bytes, 0, bytes.length, at)
    this.#end += bytes.length
    const length = bytes.length
    for (const key of moved) {
      Object.defineProperty(record, key, {
        enumerable: true,
        configurable: true,
        get: () => this.#read(at, length)[key],
        set: (next: unknown) => Object.defineProperty(record, key, { value: next, enumerable: true, configurable: true, writable: true }),
      })
    }
  }

  #share(text: string, value: object): object {
    const held = this.#shared.get(text)
    if (held) return held
    this.#shared.set(text, value)
    return value
  }

  #read(at: number, length: number): Record<string, unknown> {
    let fields = this.#recent.get(at)
    if (fields === undefined) {
      const bytes = Buffer.allocUnsafe(length)
      fs.readSync(this.#fd, bytes, 0, length, at)
      fields = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>
      if (this.#recent.size >= RECENT) this.#recent.delete(this.#recent.keys().next().value!)
      this.#recent.set(at, fields)
    }
    return fields
  }
}
