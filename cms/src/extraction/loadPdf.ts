import { createRequire } from 'node:module'
import path from 'node:path'
import { getDocument, type PDFDocumentLoadingTask } from 'pdfjs-dist/legacy/build/pdf.mjs'

const require = createRequire(import.meta.url)
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'))

/**
 * Starts loading a PDF with pdf.js as the extraction uses it: no system fonts, pdf.js's own standard fonts,
 * character maps and image decoders from its package, and the password given (none by default).
 *
 * @remarks pdf.js runs its "worker" in this thread on Node; `destroy()` the task (or the document) when done.
 */
export function loadPdf(data: Buffer | Uint8Array, password = ''): PDFDocumentLoadingTask {
  return getDocument({
    data: new Uint8Array(data),
    password,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
    standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + '/',
    cMapUrl: path.join(pdfjsRoot, 'cmaps') + '/',
    cMapPacked: true,
    wasmUrl: path.join(pdfjsRoot, 'wasm') + '/',
    iccUrl: path.join(pdfjsRoot, 'iccs') + '/',
  })
}
