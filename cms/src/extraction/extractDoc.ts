/// <reference path="./wordExtractor.d.ts" />
import WordExtractor from 'word-extractor'

/** The outcome of reading a Word 97–2003 `.doc`. */
export type DocText = { ok: true; text: string } | { ok: false; code: 'corrupt'; detail: string }

/**
 * The body text of a Word 97–2003 binary document, read with word-extractor.
 *
 * @remarks word-extractor is pure JavaScript (no LibreOffice or antiword on the server), reads the piece table of the
 * OLE file, including 8-bit and UTF-16 pieces, and returns the body apart from headers, footnotes and text boxes.
 */
export async function extractDoc(data: Buffer): Promise<DocText> {
  try {
    const document = await new WordExtractor().extract(data)
    // word-extractor ends each paragraph with one line end; the agreed form separates paragraphs with a blank line.
    return { ok: true, text: document.getBody().replace(/\n/g, '\n\n') }
  } catch (error) {
    return { ok: false, code: 'corrupt', detail: (error as Error).message }
  }
}
