import mammoth from 'mammoth'
import { checkZip } from './checkZip'

/** The outcome of reading a DOCX: its text, or why not. */
export type DocxText = { ok: true; text: string; pages?: number } | { ok: false; code: 'too-large' | 'corrupt'; detail: string }

/**
 * The raw text of a DOCX (paragraphs separated by a blank line), read with mammoth after a bounded unzip.
 *
 * @remarks mammoth reads the document's own paragraphs (not headers, footers or comments), which is the text a reader
 * wants; its raw-text mode keeps each paragraph on its own line. It unzips with JSZip, which has no size limit, so the
 * archive passes `checkZip` first. The page count comes from `docProps/app.xml` when Word wrote it.
 */
export async function extractDocx(data: Buffer): Promise<DocxText> {
  const zip = await checkZip(data, ['docProps/app.xml'])
  if (!zip.ok) return zip
  try {
    const { value } = await mammoth.extractRawText({ buffer: data })
    const app = zip.entries.get('docProps/app.xml')?.toString('utf8')
    const pages = Number(/<Pages>(\d+)<\/Pages>/.exec(app ?? '')?.[1]) || undefined
    return { ok: true, text: value, pages }
  } catch (error) {
    return { ok: false, code: 'corrupt', detail: (error as Error).message }
  }
}
