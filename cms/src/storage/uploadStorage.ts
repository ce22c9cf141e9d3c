import path from 'node:path'
import { S3Client } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'
import type { S3Settings } from './s3Settings'

// Payload's start-up check (outside production) wants every installed @payloadcms package at payload's own version
// and rejects, unhandled, otherwise: that crashes `npm run seed` and the tests. @payloadcms/storage-s3 and
// plugin-cloud-storage have no 3.90.2 (their newest is 3.90.1, run on payload 3.90.2 through npm `overrides`), so the
// check is turned off here and payloadVersions.test.ts checks the other packages instead.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'

/** The collections whose files go to the bucket, each under a folder of its own. */
export const UPLOAD_COLLECTIONS = ['media', 'feedback-attachments'] as const
export type UploadCollection = (typeof UPLOAD_COLLECTIONS)[number]

/** The folder of a collection's files in the bucket: `PREFIX/media`, `PREFIX/feedback-attachments`. */
export function bucketFolder(s3: S3Settings, collection: UploadCollection): string {
  return path.posix.join(s3.prefix || '.', collection)
}

/** The AWS SDK client settings for {@link S3Settings}. */
export function s3ClientConfig(s3: S3Settings) {
  return {
    region: s3.region,
    endpoint: s3.endpoint,
    forcePathStyle: s3.forcePathStyle,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
  }
}

let client: { s3: S3Settings; client: S3Client } | undefined

/** One S3 client per settings, for the CMS's own reads of stored files (text extraction). */
export function s3Client(s3: S3Settings): S3Client {
  if (client?.s3 !== s3) client = { s3, client: new S3Client(s3ClientConfig(s3)) }
  return client.client
}

/**
 * Payload's S3 storage for the upload collections when `s3` is given; otherwise only its two hidden fields, so the
 * database schema (and its migrations) is the same with and without S3.
 *
 * @remarks Files still go through the CMS both ways: no `clientUploads` (the upload hooks check each file's content
 * before it is stored, and the bucket needs no CORS) and no `signedDownloads` (a redirect to the bucket would skip the
 * CMS's access control answers and headers: `private, no-store` on citizens' attachments; and the bucket need not be
 * reachable from browsers). The bucket stays private (no `acl`). `useCompositePrefixes` keeps the stored per-file
 * prefix empty, so the folder comes from the configuration alone and the schema's default never depends on S3_PREFIX.
 */
export function uploadStorage(s3: S3Settings | null): Plugin {
  const folder = (collection: UploadCollection) => (s3 ? bucketFolder(s3, collection) : collection)
  return s3Storage({
    enabled: Boolean(s3),
    alwaysInsertFields: true,
    useCompositePrefixes: true,
    collections: Object.fromEntries(UPLOAD_COLLECTIONS.map((slug) => [slug, { prefix: folder(slug) }])),
    bucket: s3?.bucket ?? 'not-configured',
    config: s3 ? s3ClientConfig(s3) : {},
  })
}
