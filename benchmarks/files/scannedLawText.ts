import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { extractText } from '@congkhai/cms/extraction'
import { CLEAN_SCAN, type ExtractionFixtures, type SourceDocument } from '@congkhai/cms/extraction/fixtures'

const EXTRACTION_DIR = path.resolve(import.meta.dirname, '../../cms/src/extraction')

/** What `scannedLawText` reports while it works, for a progress line. */
export interface ScanProgress {
  phase: 'cached' | 'scanning' | 'ocr' | 'done'
  page?: number
  pages?: number
}

let extractionHash: Promise<string> | undefined

/** A hash of the extraction's code (not its tests): changed OCR settings make new texts. */
async function hashExtraction(): Promise<string> {
  const hash = createHash('sha256')
  const files = (await readdir(EXTRACTION_DIR)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()
  for (const file of files) hash.update(file).update(await readFile(path.join(EXTRACTION_DIR, file)))
  return hash.digest('hex')
}

/**
 * The text `extractText` gives for a clean 300 dpi scan of a document (its Chromium-printed PDF rendered to image-only
 * pages, `fixtures.scan`), read back by OCR; cached in the fixtures folder by a hash of the scan's bytes and of the
 * extraction's code.
 *
 * @remarks A law is the unit of caching, as a file is the unit of extraction (running headers and footers are found
 * across all its pages): an evaluation stopped mid-way keeps every law it finished, and a second run reads them back
 * in milliseconds. The page limit is lifted, since the longest ALQAC law is longer than the CMS's 300 pages.
 */
export async function scannedLawText(fixtures: ExtractionFixtures, doc: SourceDocument, progress: (p: ScanProgress) => void = () => undefined): Promise<{ text: string; pages: number; cached: boolean }> {
  extractionHash ??= hashExtraction()
  progress({ phase: 'scanning' })
  const scan = await fixtures.scan(doc, CLEAN_SCAN)
  const hash = createHash('sha256').update(await extractionHash).update(scan).digest('hex').slice(0, 16)
  const file = path.join(fixtures.dir, `ocr-${doc.id.slice(0, 40)}-${hash}.json`)
  const saved = await readFile(file, 'utf8').catch(() => undefined)
  if (saved) {
    const { text, pages } = JSON.parse(saved) as { text: string; pages: number }
    progress({ phase: 'cached', pages })
    return { text, pages, cached: true }
  }
  const result = await extractText({ data: scan, filename: `${doc.id}.pdf` }, { maxPages: 2000, onProgress: ({ page, pages, phase }) => phase === 'ocr' && progress({ phase: 'ocr', page, pages }) })
  if (result.status !== 'done' || result.method !== 'ocr') throw new Error(`eval:files: the scan of ${doc.title} was not read by OCR: ${JSON.stringify(result).slice(0, 300)}`)
  await mkdir(fixtures.dir, { recursive: true })
  const partial = `${file}.${process.pid}.part`
  await writeFile(partial, JSON.stringify({ law: doc.title, pages: result.pages, text: result.text }))
  await rename(partial, file)
  progress({ phase: 'done', pages: result.pages })
  return { text: result.text, pages: result.pages, cached: false }
}
