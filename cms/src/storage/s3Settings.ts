import { z } from 'zod'

/** S3 bucket names: 3–63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit. */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

/**
 * The S3 variables of the CMS's configuration schema (`cms/src/config.ts`), all optional.
 *
 * @remarks Without them uploads stay in local folders (MEDIA_DIR, FEEDBACK_ATTACHMENTS_DIR). No secret has a default:
 * the keys come from the environment of the deployment only.
 */
export const s3Shape = {
  /** Bucket that holds the uploads of every CMS replica; setting it turns S3 storage on. */
  S3_BUCKET: z.string().regex(BUCKET_NAME, 'không phải tên bucket S3 hợp lệ (not a valid S3 bucket name)').optional(),
  /** Region of the bucket. Default: us-east-1, which S3-compatible servers (MinIO, Ceph) usually accept. */
  S3_REGION: z.string().regex(/^[a-z0-9-]+$/, 'không phải tên vùng S3 hợp lệ (not a valid S3 region)').optional(),
  /** S3-compatible server (MinIO, Ceph, Garage…): http(s)://host:port. Not set: Amazon S3. */
  S3_ENDPOINT: z
    .url({ protocol: /^https?$/, message: 'phải là một URL http:// hoặc https:// (must be an http(s) URL)' })
    .optional(),
  /** Address the bucket as ENDPOINT/BUCKET/key rather than BUCKET.ENDPOINT/key. Default: on when S3_ENDPOINT is set. */
  S3_FORCE_PATH_STYLE: z.stringbool({ error: 'phải là true hoặc false (must be true or false)' }).optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Folder inside the bucket, when the bucket is shared with other data: PREFIX/media/…, PREFIX/feedback-attachments/… */
  S3_PREFIX: z
    .string()
    .transform((prefix) => prefix.replace(/^\/+|\/+$/g, ''))
    .refine((prefix) => !prefix.split('/').some((part) => part === '..' || part === '.'), 'không được chứa "." hay ".." (must not contain . or ..)')
    .optional(),
}

const S3_NAMES = Object.keys(s3Shape) as (keyof typeof s3Shape)[]

/** Values the environment gave, before defaults: only these tell a half-given S3 configuration. */
type Given = Readonly<Record<string, unknown>>

/**
 * The problems of a half-given S3 configuration, one per variable: the bucket without its keys, or S3 settings without
 * a bucket.
 *
 * @remarks Checked at start, so a deployment that meant S3 never writes citizens' files to a local folder that the
 * other replicas cannot read, and never fails later deep inside the AWS SDK.
 */
export function s3Problems(given: Given): { variable: string; message: string }[] {
  const set = (name: string) => given[name] !== undefined && given[name] !== ''
  if (!set('S3_BUCKET')) {
    const others = S3_NAMES.filter((name) => name !== 'S3_BUCKET' && set(name))
    return others.length === 0
      ? []
      : [{ variable: 'S3_BUCKET', message: `cần có khi đặt ${others.join(', ')} (required when ${others.join(', ')} is set)` }]
  }
  return (['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const)
    .filter((name) => !set(name))
    .map((variable) => ({ variable, message: 'cần có khi đặt S3_BUCKET (required when S3_BUCKET is set)' }))
}

/** Where and how the CMS stores uploads in an S3 bucket. */
export interface S3Settings {
  bucket: string
  region: string
  /** Not set: Amazon S3. */
  endpoint?: string
  forcePathStyle: boolean
  accessKeyId: string
  secretAccessKey: string
  /** Folder inside the bucket ('' for the bucket's root), without slashes at either end. */
  prefix: string
}

/** The S3 settings from the validated configuration, or `null` when uploads stay in local folders. */
export function s3Settings(env: {
  S3_BUCKET?: string
  S3_REGION?: string
  S3_ENDPOINT?: string
  S3_FORCE_PATH_STYLE?: boolean
  S3_ACCESS_KEY_ID?: string
  S3_SECRET_ACCESS_KEY?: string
  S3_PREFIX?: string
}): S3Settings | null {
  if (!env.S3_BUCKET || !env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY) return null
  return {
    bucket: env.S3_BUCKET,
    region: env.S3_REGION ?? 'us-east-1',
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE ?? Boolean(env.S3_ENDPOINT),
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    prefix: env.S3_PREFIX ?? '',
  }
}
