import { constants, deflateRawSync, inflateRawSync } from 'node:zlib'
import { keepRecent } from './keepRecent'

/**
 * The texts read last, by their compressed copy: a page reads its document's text several times while it renders
 * (parts, contents, full text), and a publish renders a few pages at once.
 */
const recent = new Map<Buffer, string>()
const RECENT = 16

const inflated = (held: Buffer): string => keepRecent(recent, RECENT, held, () => inflateRawSync(held).toString('utf8'))

/** Texts at least this long (UTF-16 code units) are held compressed: the bodies of legal documents, long procedure fields. */
export const HELD_COMPRESSED_MIN_LENGTH = 2048

/**
 * Holds each long text among a document's own fields compressed, behind a getter that returns the text: readers see
 * the same string as before, inflated again when read.
 *
 * @param seen the compressed copy of each text already held, shared by the calls for one read so that a text two
 *   language versions share (English falling back to Vietnamese) is held once
 *
 * @remarks The patch thread holds every published document in both languages for as long as it runs (a full build
 * keeps the large fields in a file instead, `FieldFile.ts`), but a document's long texts are read only by its own
 * pages (and the odd list that shows an excerpt). Held as strings they were about a tenth of a 10,000-document build's
 * peak (Vietnamese text takes two bytes a character), and they grow with the text of every law; deflated, a fraction
 * of that. A read costs a few microseconds per kilobyte, and the last few texts read are kept as they are. Setting the
 * field stores the new value.
 */
export function holdTextsCompressed(doc: object, seen: Map<string, Buffer> = new Map()): void {
  for (const key of Object.keys(doc)) {
    const value = (doc as Record<string, unknown>)[key]
    if (typeof value !== 'string' || value.length < HELD_COMPRESSED_MIN_LENGTH) continue
    let packed = seen.get(value)
    if (!packed) seen.set(value, (packed = deflateRawSync(value, { level: constants.Z_BEST_SPEED })))
    const held = packed
    Object.defineProperty(doc, key, {
      enumerable: true,
      configurable: true,
      get: () => inflated(held),
      set: (next: unknown) => Object.defineProperty(doc, key, { value: next, enumerable: true, configurable: true, writable: true }),
    })
  }
}
