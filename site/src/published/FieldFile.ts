import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { keepRecent } from './keepRecent'

/** A top-level field whose value takes at least this many characters as JSON is held in the file. */
export const HELD_ON_DISK_MIN_LENGTH = 256

/** Documents' records read last, by their place in the file: a page reads several fields of its document at once. */
const RECENT = 32

/** Where a held document's fields are: a property of the document, not enumerable. */
const PLACE = Symbol('congkhai.fieldFile')
interface Place {
  file: FieldFile
  at: number
  length: number
}

const made = new Map<string, PropertyDescriptor>()

/**
 * The getter and setter of a field held in a file, one pair per field name for every document, rather than two
 * closures per document and field.
 */
function accessors(key: string): PropertyDescriptor {
  let descriptor = made.get(key)
  if (!descriptor) {
    descriptor = {
      enumerable: true,
      configurable: true,
      get(this: { [PLACE]: Place }) {
        const { file, at, length } = this[PLACE]
        return file.read(at, length)[key]
      },
      // Setting the field stores the new value on the object.
      set(this: object, next: unknown) {
        Object.defineProperty(this, key, { value: next, enumerable: true, configurable: true, writable: true })
      },
    }
    made.set(key, descriptor)
  }
  return descriptor
}

/** A relation populated by the CMS: an object with an id (a field, an agency, a cited legal document). */
const isEmbeddedDocument = (value: unknown): value is { id: unknown } => typeof value === 'object' && value !== null && !Array.isArray(value) && 'id' in value

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
  readonly #kept: ReadonlySet<string>
  #end = 0
  readonly #recent = new Map<number, Record<string, unknown>>()
  /** Small documents with an id (populated relations: a field, an agency) held once, however many documents embed them. */
  readonly #shared = new Map<string, object>()

  /**
   * @param dir where the file is made (and at once unlinked)
   * @param kept fields always kept on the heap, however large: those read for every document of a list
   */
  constructor(dir: string, kept: ReadonlySet<string> = new Set()) {
    this.#kept = kept
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
   * `doc` with its large top-level fields in the file: a new object with the same fields in the same order, a getter
   * for each field moved (setting one stores the new value on the object), its small embedded documents shared with
   * the other documents held.
   *
   * @remarks A new object rather than getters defined on `doc`: redefining its fields turned each document into a
   * dictionary-mode object, 1.3 kB apiece, 246 MB for the 190,000 versions of 100,000 documents. Built field by field
   * with one getter and setter per field name, documents of the same shape share their hidden class and stay small.
   */
  hold<T extends object>(doc: T): T {
    const record = doc as Record<string, unknown>
    const moved = new Set<string>()
    let json = ''
    for (const key of Object.keys(record)) {
      const value = record[key]
      if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean' || this.#kept.has(key)) continue
      if (typeof value === 'string' && value.length < HELD_ON_DISK_MIN_LENGTH / 2) continue
      const text = JSON.stringify(value)
      if (isEmbeddedDocument(value) && text.length < 2 * HELD_ON_DISK_MIN_LENGTH) {
        record[key] = this.#share(text, value)
        continue
      }
      if (text.length < (Array.isArray(value) ? HELD_ON_DISK_MIN_LENGTH / 2 : HELD_ON_DISK_MIN_LENGTH)) continue
      json += `${json ? ',' : '{'}${JSON.stringify(key)}:${text}`
      moved.add(key)
    }
    if (moved.size === 0) return doc
    const bytes = Buffer.from(`${json}}`)
    const at = this.#end
    fs.writeSync(this.#fd, bytes, 0, bytes.length, at)
    this.#end += bytes.length
    // Every field defined, none assigned: assigned with computed names, a document's 25 or so fields made it a
    // dictionary-mode object (1.6 kB against 0.3 kB).
    const held = {}
    for (const key of Object.keys(record)) {
      Object.defineProperty(held, key, moved.has(key) ? accessors(key) : { value: record[key], enumerable: true, configurable: true, writable: true })
    }
    Object.defineProperty(held, PLACE, { value: { file: this, at, length: bytes.length } satisfies Place })
    return held as T
  }

  #share(text: string, value: object): object {
    const held = this.#shared.get(text)
    if (held) return held
    this.#shared.set(text, value)
    return value
  }

  /** The fields of the document held at `at`. */
  read(at: number, length: number): Record<string, unknown> {
    return keepRecent(this.#recent, RECENT, at, () => {
      const bytes = Buffer.allocUnsafe(length)
      fs.readSync(this.#fd, bytes, 0, length, at)
      return JSON.parse(bytes.toString('utf8')) as Record<string, unknown>
    })
  }

}
