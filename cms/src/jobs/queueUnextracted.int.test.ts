import { beforeAll, describe, expect, it } from 'vitest'
import type { Media } from '../payload-types'
import { printSampleDecisionPdf } from '../testing/sampleDecision'
import { sampleFiles } from '../testing/sampleFiles'
import { startTestCms, type TestCms } from '../testing/testCms'
import { EXTRACTION_JOB } from './extractText'
import { EXTRACTION_QUEUE } from './runExtractionSoon'
import { extractionsPending, queueUnextracted } from './queueUnextracted'

let cms: TestCms
let pdf: Buffer

/** A file as it was stored before the extraction existed: uploaded, with no extraction state at all. */
async function oldUpload(data: Buffer, name: string, mimetype: string): Promise<Media> {
  const file = await cms.payload.create({ collection: 'media', data: mimetype.startsWith('image/') ? { alt: 'Ảnh cũ' } : {}, file: { data, mimetype, name, size: data.byteLength } })
  await cms.payload.delete({ collection: 'payload-jobs', where: { 'input.media': { equals: file.id } } })
  return cms.payload.update({ collection: 'media', id: file.id, data: { extraction: { status: null, text: null } } as Media, context: { [EXTRACTION_JOB]: true } })
}

const state = async (id: number) => (await cms.payload.findByID({ collection: 'media', id, depth: 0 })).extraction?.status ?? null
const jobsOf = async (id: number) => (await cms.payload.count({ collection: 'payload-jobs', where: { 'input.media': { equals: id } } })).totalDocs

beforeAll(async () => {
  cms = await startTestCms()
  pdf = await printSampleDecisionPdf()
})

describe('queueUnextracted (npm run extract:backfill)', () => {
  it('queues every old PDF once, in batches, shows them waiting, and the queue then reads them', async () => {
    const first = await oldUpload(pdf, 'cu-1.pdf', 'application/pdf')
    const second = await oldUpload(pdf, 'cu-2.pdf', 'application/pdf')
    const image = await oldUpload(Buffer.from(sampleFiles.png), 'anh-cu.png', 'image/png')
    expect(await state(first.id)).toBeNull()

    const one = await queueUnextracted(cms.payload, 1)
    expect(one.queued).toHaveLength(1)
    expect(one.remaining).toBeGreaterThanOrEqual(1)
    let rest = await queueUnextracted(cms.payload, 50)
    while (rest.remaining > 0) rest = await queueUnextracted(cms.payload, 50)
    expect([await state(first.id), await state(second.id)]).toEqual(['waiting', 'waiting'])

    // Run again: nothing left to queue, and no file gets a second job.
    expect(await queueUnextracted(cms.payload, 50)).toEqual({ queued: [], remaining: 0 })
    expect([await jobsOf(first.id), await jobsOf(second.id), await jobsOf(image.id)]).toEqual([1, 1, 0])

    // Waiting is followed for the files queued, not for one left "running" elsewhere (a crash).
    const stuck = await oldUpload(pdf, 'ket.pdf', 'application/pdf')
    await cms.payload.update({ collection: 'media', id: stuck.id, data: { extraction: { status: 'running' } } as Media, context: { [EXTRACTION_JOB]: true } })
    expect(await extractionsPending(cms.payload, [first.id, second.id])).toBe(2)
    await cms.payload.jobs.run({ queue: EXTRACTION_QUEUE, limit: 100 })
    expect(await extractionsPending(cms.payload, [first.id, second.id])).toBe(0)
    expect([await state(first.id), await state(second.id)]).toEqual(['done', 'done'])
    // An image has nothing to read: it is never queued.
    expect(await state(image.id)).toBeNull()
  })
})
