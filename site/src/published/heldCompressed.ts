import { constants, deflateRawSync, inflateRawSync } from 'node:zlib'

/** Texts at least this long (UTF-16 code units) are held compressed: the bodies of legal documents, long procedure fields. */
export const HELD_COMPRESSED_MIN_LENGTH = 2048

/**
 * Holds each long text among a document's own fields compressed, behind a getter that returns the text: readers see
 * the same string as before, made again on each read.
 *
 * @param seen the compressed copy of each text already held, shared by the calls for one read so that a text two
 *   language versions share (English falling back to Vietnamese) is held once
 *
 * @remarks A full build and the patch thread hold every published document in both languages for as long as they
 * run, but a document's long texts are read only by its own pages (and the odd list that shows an excerpt). Those
 * texts were most of the heap (Vietnamese text is stored two bytes per character); compressed they take about a tenth,
 * which keeps a build's memory from growing with the text of every law (issue 23, 100,000 documents). A read costs a
 * few microseconds per kilobyte. Setting the field stores the new value as it is.
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
      get: () => inflateRawSync(held).toString('utf8'),
      set: (next: unknown) => Object.defineProperty(doc, key, { value: next, enumerable: true, configurable: true, writable: true }),
    })
  }
}
