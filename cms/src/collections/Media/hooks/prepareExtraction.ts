import type { CollectionBeforeChangeHook } from 'payload'
import { EXTRACTION_JOB } from '../../../jobs/extractText'
import type { Media } from '../../../payload-types'
import { isExtractable } from '../extractionField'

/** Set on `req.context` by {@link prepareExtraction} when a save brings a new file to read; `queueExtraction` takes it. */
export const EXTRACTION_WANTED = 'extractionWanted'

/**
 * Before a media save: a new file (an upload, or a replaced file) starts its extraction over ("Đang chờ trích xuất"),
 * and an editor's change to the extracted text marks it corrected, so a re-run keeps it.
 *
 * @remarks An empty text from the form is taken as a form opened before the job finished, not as a correction, and the
 * stored text stays. The job's own saves carry `EXTRACTION_JOB` and pass through untouched.
 */
export const prepareExtraction: CollectionBeforeChangeHook<Media> = ({ data, originalDoc, operation, req, context }) => {
  if (context[EXTRACTION_JOB]) return data
  const newFile = operation === 'create' || Boolean(req.file) || (data.filename !== undefined && data.filename !== originalDoc?.filename)
  if (newFile) {
    const extractable = isExtractable(data.mimeType ?? originalDoc?.mimeType)
    data.extraction = {
      status: extractable ? 'waiting' : 'not-applicable',
      pages: null,
      characters: null,
      method: null,
      legacyEncoding: null,
      reason: null,
      progress: null,
      extractedAt: null,
      text: null,
      textCorrected: false,
    }
    if (extractable) context[EXTRACTION_WANTED] = true
    return data
  }
  const incoming = data.extraction?.text
  const stored = originalDoc?.extraction?.text ?? ''
  if (typeof incoming === 'string' && incoming !== stored) {
    const text = incoming.normalize('NFC')
    data.extraction = text.trim() === '' ? { ...data.extraction, text: stored || null } : { ...data.extraction, text, textCorrected: true, characters: text.length }
  }
  return data
}
