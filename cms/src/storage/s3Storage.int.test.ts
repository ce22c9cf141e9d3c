import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeDocx } from '../extraction/fixtures/makeDocx'
import type { Media } from '../payload-types'
import { sampleFiles } from '../testing/sampleFiles'
import { sampleDecisionSource } from '../testing/sampleUploads'
import { startTestS3Server, type TestS3Server } from '../testing/s3Server'
import type { TestCms } from '../testing/testCms'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

let s3: TestS3Server
let cms: TestCms
let bucket: S3Client
const keys = async (prefix: string) =>
  ((await bucket.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix }))).Contents ?? []).map((object) => object.Key)
const object = async (key: string) => Buffer.from(await (await bucket.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))).Body!.transformToByteArray())

beforeAll(async () => {
  s3 = await startTestS3Server()
  // The CMS reads its configuration once, when it is first imported: the S3 settings must be in place before.
  Object.assign(process.env, {
    S3_BUCKET: s3.bucket,
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    S3_PREFIX: 'thu-nghiem',
  })
  const { startTestCms } = await import('../testing/testCms')
  cms = await startTestCms()
  bucket = new S3Client({ region: 'us-east-1', endpoint: s3.endpoint, forcePathStyle: true, credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } })
})

afterAll(async () => {
  for (const name of ['S3_BUCKET', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_PREFIX']) delete process.env[name]
  await s3?.close()
})

describe('uploads in an S3 bucket (S3_BUCKET, against s3rver)', () => {
  it('stores a media file in the bucket, serves it back through the CMS and extracts its text from there', async () => {
    const data = await makeDocx(sampleDecisionSource)
    const file = await cms.payload.create({ collection: 'media', data: {}, file: { data, mimetype: DOCX, name: 'quyet-dinh-s3.docx', size: data.byteLength } })
    const key = `thu-nghiem/media/${file.filename}`
    expect(await keys('thu-nghiem/media/')).toContain(key)
    expect((await object(key)).equals(data)).toBe(true)

    // A visitor downloads it from the CMS's URL for the file, which reads it from the bucket.
    const answer = await cms.rest('GET', new URL(file.url!, 'http://localhost').pathname.replace(/^\/api/, ''))
    expect(answer.status).toBe(200)
    expect(Buffer.from(await answer.arrayBuffer()).equals(data)).toBe(true)

    // Text extraction (a background job) reads the same object.
    const { extractMediaText } = await import('../jobs/extractText')
    expect(await extractMediaText(cms.payload, file.id)).toBe('done')
    const done = (await cms.payload.findByID({ collection: 'media', id: file.id, depth: 0 })) as Media
    expect(done.extraction?.text).toContain('Điều 1. Phạm vi điều chỉnh')

    // Deleting the media document deletes its object.
    await cms.payload.delete({ collection: 'media', id: file.id })
    expect(await keys('thu-nghiem/media/')).not.toContain(key)
  })

  it('keeps citizens’ attachments in their own folder of the bucket, downloadable only by staff', async () => {
    const data = Buffer.from(sampleFiles.png)
    const attachment = await cms.payload.create({
      collection: 'feedback-attachments',
      data: { originalName: 'anh-chup.png', submissionId: `s3-test-${Date.now()}`, position: 0 },
      file: { data, mimetype: 'image/png', name: 'anh-chup.png', size: data.byteLength },
    })
    const key = `thu-nghiem/feedback-attachments/${attachment.filename}`
    expect((await object(key)).equals(data)).toBe(true)
    // (s3rver has no bucket policies, so that the bucket itself refuses anonymous reads is not tested here.)
    expect(await keys('thu-nghiem/media/')).not.toContain(`thu-nghiem/media/${attachment.filename}`)
    const anonymous = await cms.rest('GET', `/feedback-attachments/file/${attachment.filename}`)
    expect(anonymous.status).toBeGreaterThanOrEqual(400)
    expect(anonymous.status).toBeLessThan(500)
    await cms.payload.delete({ collection: 'feedback-attachments', id: attachment.id })
  })

  // s3rver checks the access key id of a SigV4 request but not its signature (unimplemented there), so a wrong secret
  // key is not caught here; a real S3 or MinIO refuses it with SignatureDoesNotMatch.
  it('is talking to a server that refuses unknown keys', async () => {
    const stranger = new S3Client({ region: 'us-east-1', endpoint: s3.endpoint, forcePathStyle: true, credentials: { accessKeyId: 'UNKNOWN', secretAccessKey: 'not-the-secret' } })
    await expect(stranger.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: 'thu-nghiem/x' }))).rejects.toThrow(/Access Key Id/i)
  })
})
