import type { Payload, Where } from 'payload'
import { EXTRACTABLE_MIME_TYPES } from '../collections/Media/extractionField'
import type { Media } from '../payload-types'
import { EXTRACTION_JOB } from './extractText'
import { EXTRACTION_QUEUE } from './runExtractionSoon'

/** How a backfill stands: the files one call queued, and the files still without an extraction state. */
export interface BackfillCount {
  /** The media documents queued by this call. */
  queued: number[]
  remaining: number
}

/** PDF, DOC and DOCX files that have never had an extraction state: uploaded before the extraction existed. */
const unextracted: Where = { and: [{ 'extraction.status': { exists: false } }, { mimeType: { in: [...EXTRACTABLE_MIME_TYPES] } }] }

/**
 * Queues the extraction of up to `limit` files that have no extraction state ("Chưa trích xuất"), oldest first, each
 * marked "Đang chờ trích xuất" as an upload would be; returns how many it queued and how many remain.
 *
 * @remarks Idempotent: a file leaves the selection as it is queued, so running it again (or twice at once, at worst a
 * duplicate job that finds the text already read) queues only what is left. The jobs go into the extraction queue that
 * the CMS server runs (one at a time, every minute and after each upload), not here, so a backfill of hundreds of scans
 * never competes with the server for the CPU.
 */
export async function queueUnextracted(payload: Payload, limit: number): Promise<BackfillCount> {
  const batch = await payload.find({ collection: 'media', where: unextracted, sort: 'createdAt', limit, depth: 0, pagination: false, overrideAccess: true })
  for (const media of batch.docs) {
    await payload.update({
      collection: 'media',
      id: media.id,
      data: { extraction: { status: 'waiting', progress: null, reason: null } } as Media,
      depth: 0,
      overrideAccess: true,
      context: { [EXTRACTION_JOB]: true },
    })
    await payload.jobs.queue({ task: 'extractText', input: { media: media.id }, queue: EXTRACTION_QUEUE })
  }
  const { totalDocs } = await payload.count({ collection: 'media', where: unextracted, overrideAccess: true })
  return { queued: batch.docs.map((media) => media.id), remaining: totalDocs }
}

/**
 * How many of the files `ids` are waiting for or in their extraction.
 *
 * @remarks Only the files a backfill queued: one left "Đang trích xuất" by a crash elsewhere must not keep it waiting.
 */
export async function extractionsPending(payload: Payload, ids: number[]): Promise<number> {
  const where: Where = { and: [{ id: { in: ids } }, { 'extraction.status': { in: ['waiting', 'running'] } }] }
  const { totalDocs } = await payload.count({ collection: 'media', where, overrideAccess: true })
  return totalDocs
}
