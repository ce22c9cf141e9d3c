import { CLEAN_SCAN, ExtractionFixtures, type SourceDocument } from '../extraction/fixtures'
import { sampleDecision } from './sampleDecision'

/** A kind of signed file an agency uploads, as the upload sends it. */
export interface UploadFormat {
  /** Short name for test titles and benchmark rows: `pdf`, `docx`, `doc`, `scan`. */
  name: 'pdf' | 'docx' | 'doc' | 'scan'
  /** How the format is described to a reader (Vietnamese product, English report). */
  label: string
  extension: 'pdf' | 'docx' | 'doc'
  mimeType: string
  /** Makes the file of `doc` in this format (cached by `fixtures` on disk). */
  make: (fixtures: ExtractionFixtures, doc: SourceDocument, pages?: number) => Promise<Buffer>
}

/**
 * The four kinds of signed file of issue 22, each made by the extraction's fixture generators: a PDF printed by
 * Chromium, a DOCX, a Word 97–2003 DOC, and a clean 300 dpi scan (an image-only PDF, read by OCR).
 *
 * @remarks One table for the end-to-end tests and the upload-to-page benchmark, so both send the same files.
 */
export const UPLOAD_FORMATS: readonly UploadFormat[] = [
  { name: 'pdf', label: 'PDF born-digital (printed by Chromium)', extension: 'pdf', mimeType: 'application/pdf', make: (f, d) => f.pdf(d) },
  {
    name: 'docx',
    label: 'DOCX',
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    make: (f, d) => f.docx(d),
  },
  { name: 'doc', label: 'DOC (Word 97–2003)', extension: 'doc', mimeType: 'application/msword', make: (f, d) => f.doc(d) },
  { name: 'scan', label: 'scan (image-only PDF, 300 dpi, OCR)', extension: 'pdf', mimeType: 'application/pdf', make: (f, d, pages) => f.scan(d, CLEAN_SCAN, pages) },
]

/** The sample decision as a source of fixture files: its title, then its "Điều N." articles and their clauses. */
export const sampleDecisionSource: SourceDocument = { id: 'sample-decision', title: sampleDecision.title, paragraphs: [...sampleDecision.paragraphs] }

export { ExtractionFixtures, type SourceDocument }
