import fs from 'node:fs/promises'
import path from 'node:path'
import { GetObjectCommand } from '@aws-sdk/client-s3'
import { getStorageFilePath } from '@payloadcms/plugin-cloud-storage/utilities'
import type { Payload, PayloadRequest } from 'payload'
import { cmsConfig } from '../config'
import { bucketFolder, s3Client, type UploadCollection } from './uploadStorage'

/** What locates a stored file: its name and, for files in the bucket, the storage plugin's hidden fields. */
export interface StoredFile {
  id: number | string
  filename: string
  prefix?: string | null
  _objectKey?: string | null
}

/**
 * The bytes of an uploaded file (the original, not a resized copy), wherever the CMS stores it: the S3 bucket when
 * S3_BUCKET is set, otherwise the collection's local folder.
 *
 * @remarks The bucket's key comes from the storage plugin's own helper, so it is the key the plugin wrote and serves.
 */
export async function readUploadedFile(payload: Payload, collection: UploadCollection, file: StoredFile): Promise<Buffer> {
  const s3 = cmsConfig.s3
  if (!s3) {
    const dir = collection === 'media' ? cmsConfig.mediaDir : cmsConfig.feedbackAttachmentsDir
    return fs.readFile(path.join(dir, path.basename(file.filename)))
  }
  const doc = { id: file.id, prefix: file.prefix ?? undefined, _objectKey: file._objectKey ?? undefined }
  const key = await getStorageFilePath({
    collection: payload.collections[collection].config,
    collectionPrefix: bucketFolder(s3, collection),
    doc,
    filename: file.filename,
    req: { payload } as PayloadRequest,
    useCompositePrefixes: true,
  })
  const object = await s3Client(s3).send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))
  if (!object.Body) throw new Error(`S3: đối tượng ${key} không có nội dung (object has no body)`)
  return Buffer.from(await object.Body.transformToByteArray())
}
