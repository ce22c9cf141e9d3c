/** The parts of a legal document the text is read from; loosely typed where the CMS's fields are newer than the types. */
export interface DocumentWithText {
  bodyHtml?: string | null
  attachments?: readonly (number | AttachmentWithText | null)[] | null
}

/**
 * An attached file as the site reads it, with the text extracted from it.
 *
 * @remarks Typed here, not from `payload-types.ts`: the `extraction` group on `media` (issue 22) reaches the site
 * through the CMS's reads; until its generated types do, this is the one place that says what the site reads of it.
 */
export interface AttachmentWithText {
  id: number | string
  extraction?: { status?: string | null; text?: string | null; textCorrected?: boolean | null } | null
}

/** Where the text of a document came from: typed into its body, or extracted from its attached files. */
export type TextSource = 'body' | 'attachments'

const BLOCK_END = /<\/(?:p|h[1-6]|li|blockquote|div|tr)>|<br\s*\/?>/gi

/**
 * Plain text of rendered rich text, one line per paragraph, heading or list item, blank lines between them.
 *
 * @remarks The article parser needs the paragraphs apart: `Điều 5. …` starts one.
 */
export function htmlToLines(html: string): string {
  return html
    .replace(BLOCK_END, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/**
 * The plain text of a legal document that its page shows and search indexes: the typed body when it has text,
 * otherwise the text extracted from its attachments (those whose extraction is done, or whose text an editor wrote or
 * corrected), in attachment order.
 *
 * @remarks An editor's typed body wins: it is what the agency chose to publish, and an extraction may hold a scan's
 * OCR errors. Files whose extraction failed or found no text add nothing, so nothing of a bad file reaches the page
 * or the index; a text an editor typed for such a file (a scan without a text layer) is the editor's, and counts.
 */
export function legalDocumentText(doc: DocumentWithText): string {
  return documentText(doc).text
}

/** {@link legalDocumentText} and where it came from (none when the document has no text). */
export function documentText(doc: DocumentWithText): { text: string; source?: TextSource } {
  const typed = doc.bodyHtml ? htmlToLines(doc.bodyHtml) : ''
  if (typed !== '') return { text: typed, source: 'body' }
  const extracted = (doc.attachments ?? [])
    .flatMap((a) => (typeof a === 'object' && a !== null && (a.extraction?.status === 'done' || a.extraction?.textCorrected === true) && a.extraction.text?.trim() ? [a.extraction.text.trim()] : []))
    .join('\n\n')
  return extracted === '' ? { text: '' } : { text: extracted, source: 'attachments' }
}
