import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'

/** A running S3-compatible server for tests: its endpoint, credentials and bucket. */
export interface TestS3Server {
  endpoint: string
  bucket: string
  accessKeyId: string
  secretAccessKey: string
  /** Stops the server and deletes its folder. */
  close(): Promise<void>
}

/**
 * Starts s3rver (an S3-compatible server that keeps objects in a folder) on a free port of 127.0.0.1, with one bucket.
 *
 * @remarks It knows one key pair (`S3RVER` / `S3RVER`) and refuses a request signed with another access key id, but
 * it does not verify Signature V4 signatures (unimplemented there): a wrong secret key passes here where S3 and MinIO
 * answer SignatureDoesNotMatch. It answers path-style requests (`endpoint/bucket/key`), as MinIO does behind
 * S3_FORCE_PATH_STYLE.
 */
export async function startTestS3Server(bucket = 'congkhai-test'): Promise<TestS3Server> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'congkhai-s3-'))
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, vhostBuckets: false, configureBuckets: [{ name: bucket }] })
  const { port } = await server.run()
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    async close() {
      await server.close()
      await fs.rm(directory, { recursive: true, force: true })
    },
  }
}
