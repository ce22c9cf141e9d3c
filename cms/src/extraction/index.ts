/**
 * Placeholder of the extraction core (issue 22) until helper EXTRACT's `cms/src/extraction/` lands: the agreed
 * interface, with born-digital PDFs read by `unpdf` and every other file refused as unsupported.
 *
 * @remarks The integrator replaces this file with EXTRACT's version; nothing here is meant to stay.
 */
import { extractText as pdfText, getDocumentProxy } from 'unpdf'

export interface ExtractionInput {
  data: Buffer
  filename: string
  declaredMimeType?: string
}

export interface ExtractionOptions {
  maxPages?: number
  ocr?: boolean
  onProgress?: (p: { page: number; pages: number; phase: 'text' | 'ocr' }) => void
  signal?: AbortSignal
}

export type ExtractionResult =
  | { status: 'done'; text: string; pages: number; characters: number; method: 'text-layer' | 'ocr' | 'mixed' | 'docx' | 'doc'; legacyEncoding?: 'tcvn3' | 'vni'; ocrPages: number }
  | { status: 'scan-no-text'; pages: number; reason: string }
  | { status: 'failed'; code: 'encrypted' | 'corrupt' | 'too-many-pages' | 'too-large' | 'type-mismatch' | 'unsupported'; reason: string }

/** The text of a born-digital PDF (placeholder: see the module's remarks). */
export async function extractText(input: ExtractionInput, options: ExtractionOptions = {}): Promise<ExtractionResult> {
  if (!input.data.subarray(0, 5).equals(Buffer.from('%PDF-'))) {
    return { status: 'failed', code: 'unsupported', reason: 'Chưa đọc được loại tệp này.' }
  }
  try {
    const pdf = await getDocumentProxy(new Uint8Array(input.data))
    const pages = pdf.numPages
    if (pages > (options.maxPages ?? 300)) return { status: 'failed', code: 'too-many-pages', reason: `Tệp có ${pages} trang, vượt giới hạn ${options.maxPages ?? 300} trang.` }
    const { text } = await pdfText(pdf, { mergePages: false })
    text.forEach((_, i) => options.onProgress?.({ page: i + 1, pages, phase: 'text' }))
    const joined = text.map((page) => page.trim()).filter(Boolean).join('\n\n').normalize('NFC')
    if (!joined) return { status: 'scan-no-text', pages, reason: 'Bản quét không có lớp văn bản.' }
    return { status: 'done', text: joined, pages, characters: joined.length, method: 'text-layer', ocrPages: 0 }
  } catch (err) {
    return { status: 'failed', code: 'corrupt', reason: `Tệp PDF bị hỏng hoặc không đọc được (${(err as Error).message}).` }
  }
}

/** Placeholder: returns the text unchanged. */
export function fixLegacyVietnamese(text: string): { text: string; encoding?: 'tcvn3' | 'vni' } {
  return { text }
}
