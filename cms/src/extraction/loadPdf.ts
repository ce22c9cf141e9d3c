import path from 'node:path'
import { getDocument, type PDFDocumentLoadingTask } from 'pdfjs-dist/legacy/build/pdf.mjs'

let pdfjsRootFound: string | undefined

/**
 * pdf.js's package folder, found by Node at run time.
 *
 * @remarks `process.getBuiltinModule` keeps the look-up out of reach of the CMS's bundler, which rewrites a
 * `require.resolve` into a module number (the Next.js build failed on it); the package itself is left unbundled
 * (`serverExternalPackages` in `next.config.ts`).
 */
function pdfjsRoot(): string {
  if (pdfjsRootFound) return pdfjsRootFound
  const { createRequire } = process.getBuiltinModule('node:module')
  pdfjsRootFound = path.dirname(createRequire(path.join(process.cwd(), 'noop.js')).resolve('pdfjs-dist/package.json', { paths: [import.meta.dirname ?? process.cwd(), process.cwd()] }))
  return pdfjsRootFound
}

/**
 * Starts loading a PDF with pdf.js as the extraction uses it: no system fonts, pdf.js's own standard fonts,
 * character maps and image decoders from its package, and the password given (none by default).
 *
 * @remarks pdf.js runs its "worker" in this thread on Node; `destroy()` the task (or the document) when done.
 */
export function loadPdf(data: Buffer | Uint8Array, password = ''): PDFDocumentLoadingTask {
  const root = pdfjsRoot()
  return getDocument({
    data: new Uint8Array(data),
    password,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
    standardFontDataUrl: path.join(root, 'standard_fonts') + '/',
    cMapUrl: path.join(root, 'cmaps') + '/',
    cMapPacked: true,
    wasmUrl: path.join(root, 'wasm') + '/',
    iccUrl: path.join(root, 'iccs') + '/',
  })
}
