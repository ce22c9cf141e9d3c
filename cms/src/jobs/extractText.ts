import type { Payload, TaskConfig } from 'payload'
import { MAX_EXTRACTED_CHARACTERS } from '../collections/Media/extractionField'
import { extractText, type ExtractionResult } from '../extraction'
import { REASONS } from '../extraction/messages'
import type { Media } from '../payload-types'
import { readUploadedFile } from '../storage/readUploadedFile'
import { republishAttaching } from './republishAttaching'

/** Set on the job's own saves of a media document, so the media hooks neither queue another job nor see an editor's correction. */
export const EXTRACTION_JOB = 'extractionJob'

/** The fewest milliseconds between two progress saves. */
const PROGRESS_EVERY_MS = 500

type Extraction = NonNullable<Media['extraction']>

/** What one run of the job did with a media document. */
export type ExtractionOutcome = ExtractionResult['status'] | 'missing' | 'not-applicable'

/**
 * Reads the text of one uploaded file and stores it on its media document (`extraction`), then re-publishes the
 * documents that attach the file. Returns what happened; never throws for a bad or missing file.
 *
 * @remarks Progress is saved as it comes (at most twice a second) so the admin can show "OCR trang 3/12". A text an
 * editor corrected (`textCorrected`) is kept: the run refreshes the figures but not the text.
 */
export async function extractMediaText(payload: Payload, id: number): Promise<ExtractionOutcome> {
  const media = await payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!media) return 'missing'
  const save = (extraction: Partial<Extraction>) =>
    payload.update({ collection: 'media', id, data: { extraction } as Media, depth: 0, overrideAccess: true, context: { [EXTRACTION_JOB]: true } })
  if (!media.filename) return 'missing'
  const corrected = Boolean(media.extraction?.textCorrected)

  let result: ExtractionResult
  try {
    await save({ status: 'running', progress: 'Đang đọc tệp', reason: null })
    const data = await readUploadedFile(payload, 'media', { ...media, filename: media.filename })
    let lastSave = 0
    let progressSaves: Promise<unknown> = Promise.resolve()
    result = await extractText(
      { data, filename: media.filename, declaredMimeType: media.mimeType ?? undefined },
      {
        onProgress: ({ page, pages, phase }) => {
          if (Date.now() - lastSave < PROGRESS_EVERY_MS && page < pages) return
          lastSave = Date.now()
          const progress = `${phase === 'ocr' ? 'OCR trang' : 'Trang'} ${page}/${pages}`
          progressSaves = progressSaves.then(() => save({ progress })).catch(() => undefined)
        },
      },
    )
    await progressSaves
  } catch (err) {
    payload.logger.error({ msg: 'extraction: unexpected error', media: id, err })
    result = { status: 'failed', code: 'corrupt', reason: `Không đọc được tệp: ${(err as Error).message}` }
  }

  if (result.status === 'done' && result.text.length > MAX_EXTRACTED_CHARACTERS) {
    result = { status: 'failed', code: 'too-large', reason: REASONS.tooMuchText(result.text.length, MAX_EXTRACTED_CHARACTERS) }
  }
  const keep = corrected ? { text: media.extraction?.text, characters: media.extraction?.characters } : {}
  const common = { progress: null, extractedAt: new Date().toISOString() }
  const failed = (reason: string) => save({ ...common, status: 'failed', reason, pages: null, characters: null, method: null, legacyEncoding: null, text: null, ...keep })
  try {
    if (result.status === 'done') {
      await save({ ...common, status: 'done', reason: null, pages: result.pages, characters: result.characters, method: result.method, legacyEncoding: result.legacyEncoding ?? null, text: result.text, ...keep })
    } else if (result.status === 'scan-no-text') {
      await save({ ...common, status: 'scan-no-text', reason: result.reason, pages: result.pages, characters: null, method: null, legacyEncoding: null, text: null, ...keep })
    } else {
      await failed(result.reason)
    }
  } catch (err) {
    // A result the media document refuses must not leave the file "Đang trích xuất" for good.
    payload.logger.error({ msg: 'extraction: saving the result failed', media: id, err })
    result = { status: 'failed', code: 'corrupt', reason: `Không lưu được văn bản trích xuất: ${(err as Error).message}` }
    await failed(result.reason)
  }
  await republishAttaching(payload, id)
  return result.status
}

/**
 * The job behind {@link extractMediaText}: queued by the media upload hook and by the "Trích xuất lại" endpoint,
 * run right after the upload commits (`runExtractionSoon`) and by the server's job runner every minute.
 */
export const extractTextTask: TaskConfig<{ input: { media: number }; output: { outcome: string } }> = {
  slug: 'extractText',
  label: 'Trích xuất văn bản từ tệp PDF, DOC, DOCX',
  inputSchema: [{ name: 'media', type: 'number', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req }) => ({ output: { outcome: await extractMediaText(req.payload, input.media) } }),
}
