import { extractDoc, type DocText } from './extractDoc'
import { extractDocx, type DocxText } from './extractDocx'
import { extractPdf } from './extractPdf'
import { fixLegacyVietnamese } from './legacyVietnamese'
import { REASONS } from './messages'
import { normaliseText } from './normaliseText'
import { declaredKind, sniffType, type FileKind } from './sniffType'
import { tesseractAvailable } from './tesseract'

/** A file to read: its bytes and what the uploader said it is. */
export interface ExtractionInput {
  data: Buffer
  filename: string
  declaredMimeType?: string
}

/** How to read it. */
export interface ExtractionOptions {
  /** Default 300; a PDF with more pages fails `too-many-pages`. */
  maxPages?: number
  /** OCR pages without a text layer; default: whether Tesseract with its Vietnamese model is installed. */
  ocr?: boolean
  onProgress?: (p: { page: number; pages: number; phase: 'text' | 'ocr' }) => void
  signal?: AbortSignal
}

/** What came of it: the text, a scan that could not be read, or a failure with a Vietnamese reason for editors. */
export type ExtractionResult =
  | {
      status: 'done'
      text: string
      pages: number
      characters: number
      method: 'text-layer' | 'ocr' | 'mixed' | 'docx' | 'doc'
      legacyEncoding?: 'tcvn3' | 'vni'
      ocrPages: number
    }
  | { status: 'scan-no-text'; pages: number; reason: string }
  | { status: 'failed'; code: 'encrypted' | 'corrupt' | 'too-many-pages' | 'too-large' | 'type-mismatch' | 'unsupported'; reason: string }

/** The default page limit: a 300-page scan takes a few minutes of OCR; longer files are split by hand. */
export const DEFAULT_MAX_PAGES = 300

const KIND_NAMES: Record<FileKind, string> = { pdf: 'PDF', docx: 'DOCX', doc: 'DOC', zip: 'ZIP', unknown: 'không rõ' }

/**
 * Extracts the plain text of a PDF, DOCX or DOC file (OCR for scanned pages), as Unicode NFC with legacy Vietnamese
 * encodings converted; never throws for a bad file.
 *
 * @remarks The type is taken from the bytes, not the name. A file whose bytes are another type we read (a `.doc` that
 * Word saved as DOCX, a common accident) is read as what it is; a file whose bytes are no type we read under a name or
 * MIME type that claims one (an HTML page or an executable named `.pdf`) fails `type-mismatch`, and nothing of it is
 * kept. Only an abort (`signal`) rejects.
 */
export async function extractText(input: ExtractionInput, options: ExtractionOptions = {}): Promise<ExtractionResult> {
  const actual = sniffType(input.data)
  const declared = declaredKind(input.filename, input.declaredMimeType)
  if (actual !== 'pdf' && actual !== 'docx' && actual !== 'doc') {
    if (declared) return { status: 'failed', code: 'type-mismatch', reason: REASONS.typeMismatch(KIND_NAMES[declared]) }
    return { status: 'failed', code: 'unsupported', reason: REASONS.unsupported }
  }
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES
  if (actual === 'docx' || actual === 'doc') {
    const result: DocxText | DocText = actual === 'docx' ? await extractDocx(input.data) : await extractDoc(input.data)
    if (!result.ok) return failed(result.code)
    // A DOC, and a DOCX without Word's page count, is counted at about 3,000 characters a page.
    const pages = ('pages' in result ? result.pages : undefined) ?? Math.max(1, Math.ceil(result.text.length / 3000))
    if (pages > maxPages) return { status: 'failed', code: 'too-many-pages', reason: REASONS.tooManyPages(pages, maxPages) }
    return done(result.text, pages, actual, 0)
  }
  const ocr = options.ocr ?? (await tesseractAvailable())
  const pdf = await extractPdf(input.data, { maxPages, ocr, onProgress: options.onProgress, signal: options.signal })
  if (!pdf.ok) {
    if (pdf.code === 'too-many-pages') return { status: 'failed', code: 'too-many-pages', reason: REASONS.tooManyPages(pdf.pages ?? 0, maxPages) }
    return failed(pdf.code)
  }
  if (pdf.scannedPages === pdf.pages && pdf.ocrPages === 0) return { status: 'scan-no-text', pages: pdf.pages, reason: REASONS.scanNoText }
  const method = pdf.ocrPages === 0 ? 'text-layer' : pdf.ocrPages === pdf.pages ? 'ocr' : 'mixed'
  return done(pdf.text, pdf.pages, method, pdf.ocrPages)
}

function failed(code: 'encrypted' | 'corrupt' | 'too-large'): ExtractionResult {
  const reason = code === 'encrypted' ? REASONS.encrypted : code === 'too-large' ? REASONS.tooLarge : REASONS.corrupt
  return { status: 'failed', code, reason }
}

function done(raw: string, pages: number, method: 'text-layer' | 'ocr' | 'mixed' | 'docx' | 'doc', ocrPages: number): ExtractionResult {
  const fixed = fixLegacyVietnamese(raw)
  const text = normaliseText(fixed.text)
  return {
    status: 'done',
    text,
    pages,
    characters: text.length,
    method,
    ...(fixed.encoding ? { legacyEncoding: fixed.encoding } : {}),
    ocrPages,
  }
}
