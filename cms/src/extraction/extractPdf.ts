import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { loadPdf } from './loadPdf'
import { dropRunningLines, pageLines } from './pdfText'
import { greyscalePgm } from './greyscalePgm'
import { renderPage } from './renderPage'
import { ocrImage } from './tesseract'

/** Options of `extractPdf`, resolved by `extractText`. */
export interface PdfOptions {
  maxPages: number
  ocr: boolean
  onProgress?: (p: { page: number; pages: number; phase: 'text' | 'ocr' }) => void
  signal?: AbortSignal
}

/** The outcome of reading a PDF. */
export type PdfText =
  | { ok: true; text: string; pages: number; ocrPages: number; scannedPages: number }
  | { ok: false; code: 'encrypted' | 'corrupt' | 'too-many-pages'; pages?: number; detail: string }

/** A page with fewer visible characters than this in its text layer is treated as a scan. */
const MIN_TEXT_CHARACTERS = 20

/** The resolution scanned pages are rendered at for OCR (see `docs/benchmarks.md`, "OCR options"). */
const OCR_DPI = 200

/**
 * Reads a PDF page by page with pdf.js: the text layer where a page has one, OCR of the page rendered at 300 dpi where
 * it has none (when `ocr` is on).
 *
 * @remarks pdf.js (Mozilla's, the reader in Firefox) rather than unpdf: unpdf wraps the same pdf.js in a serverless
 * build, and this code needs pdf.js's own handles: its `PasswordException` for encrypted files, per-page text items
 * with positions (for lines, paragraphs and running headers), and page rendering to an `@napi-rs/canvas` (the canvas
 * pdf.js itself uses on Node) for OCR. One page is loaded, rendered and released at a time, so memory stays that of
 * one page whatever the length of the scan.
 */
export async function extractPdf(data: Buffer, options: PdfOptions): Promise<PdfText> {
  let pdf: PDFDocumentProxy
  const task = loadPdf(data)
  try {
    pdf = await task.promise
  } catch (error) {
    await task.destroy()
    const name = (error as Error).name
    if (name === 'PasswordException') return { ok: false, code: 'encrypted', detail: (error as Error).message }
    return { ok: false, code: 'corrupt', detail: (error as Error).message }
  }
  try {
    const pages = pdf.numPages
    if (pages > options.maxPages) return { ok: false, code: 'too-many-pages', pages, detail: `${pages} pages` }
    const texts: string[][] = []
    const scanned: number[] = []
    for (let n = 1; n <= pages; n++) {
      options.signal?.throwIfAborted()
      options.onProgress?.({ page: n, pages, phase: 'text' })
      const page = await pdf.getPage(n)
      const lines = pageLines(await page.getTextContent())
      page.cleanup()
      texts.push(lines)
      if (lines.join('').replace(/\s/g, '').length < MIN_TEXT_CHARACTERS) scanned.push(n)
    }
    let ocrPages = 0
    if (options.ocr) {
      // The next page is rendered here while Tesseract reads this one in its own process: on two cores a page then
      // costs the longer of the two, not their sum, and only one more page image (8.7 MB at 300 dpi) is held.
      const image = (n: number) => renderPage(pdf, n, OCR_DPI).then(greyscalePgm)
      let next = scanned.length > 0 ? image(scanned[0]!) : undefined
      try {
        for (const [i, n] of scanned.entries()) {
          options.signal?.throwIfAborted()
          options.onProgress?.({ page: n, pages, phase: 'ocr' })
          const pgm = await next!
          next = i + 1 < scanned.length ? image(scanned[i + 1]!) : undefined
          const text = await ocrImage(pgm, options.signal)
          texts[n - 1] = text.split('\n').map((line) => line.trim())
          ocrPages++
        }
      } finally {
        // A page still rendering when OCR failed or was stopped: wait for it, so the document is not destroyed under it.
        await next?.catch(() => undefined)
      }
    }
    const body = dropRunningLines(texts).map((lines) => lines.join('\n')).filter((page) => page.trim())
    return { ok: true, text: body.join('\n\n'), pages, ocrPages, scannedPages: scanned.length }
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error
    return { ok: false, code: 'corrupt', detail: (error as Error).message }
  } finally {
    await task.destroy()
  }
}
