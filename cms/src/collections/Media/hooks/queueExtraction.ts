import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'
import { EXTRACTION_QUEUE, runExtractionSoon } from '../../../jobs/runExtractionSoon'
import type { Media } from '../../../payload-types'
import { EXTRACTION_WANTED } from './prepareExtraction'

/** Set `context[SKIP_EXTRACTION]` on a Local API call (seed, import) to store files now and queue their extraction later. */
export const SKIP_EXTRACTION = 'skipExtraction'

/**
 * Queues the extraction of one media file, in `req`'s transaction when given, and starts the queue once it commits.
 *
 * @remarks The one way a job is queued: by the upload hook, by the "Trích xuất lại" endpoint, and by a bulk writer
 * that skipped the hook (`SKIP_EXTRACTION`).
 */
export async function queueExtraction(payload: Payload, media: number, req?: PayloadRequest): Promise<void> {
  await payload.jobs.queue({ task: 'extractText', input: { media }, queue: EXTRACTION_QUEUE, req })
  runExtractionSoon(payload, req)
}

/** After a media save that brought a PDF, DOC or DOCX file: queue its extraction (never on other edits). */
export const queueExtractionAfterChange: CollectionAfterChangeHook<Media> = async ({ doc, req, context }) => {
  if (!context[EXTRACTION_WANTED]) return doc
  delete context[EXTRACTION_WANTED]
  if (!context[SKIP_EXTRACTION]) await queueExtraction(req.payload, doc.id, req)
  return doc
}
