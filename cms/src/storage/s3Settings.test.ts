import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { s3Problems, s3Settings, s3Shape } from './s3Settings'

/** The S3 part of the CMS's configuration, validated as `cms/src/config.ts` does: one message per bad variable. */
function parse(env: Record<string, string>) {
  const schema = z.object(s3Shape).superRefine((given, ctx) => {
    for (const { variable, message } of s3Problems(given)) ctx.addIssue({ code: 'custom', path: [variable], message })
  }, { when: () => true })
  const result = schema.safeParse(env)
  return result.success
    ? { settings: s3Settings(result.data), errors: [] }
    : { settings: null, errors: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) }
}

const keys = { S3_ACCESS_KEY_ID: 'AKIAEXAMPLE', S3_SECRET_ACCESS_KEY: 'secret-example-key' }

describe('S3 storage settings', () => {
  it('keeps uploads in local folders when no S3 variable is set', () => {
    expect(parse({})).toEqual({ settings: null, errors: [] })
  })

  it('stores in the bucket with its keys; path-style addressing by default on a custom endpoint', () => {
    expect(parse({ S3_BUCKET: 'congkhai-uploads', S3_ENDPOINT: 'http://minio:9000', S3_PREFIX: '/so-tu-phap/', ...keys }).settings).toEqual({
      bucket: 'congkhai-uploads',
      region: 'us-east-1',
      endpoint: 'http://minio:9000',
      forcePathStyle: true,
      accessKeyId: 'AKIAEXAMPLE',
      secretAccessKey: 'secret-example-key',
      prefix: 'so-tu-phap',
    })
    const aws = parse({ S3_BUCKET: 'congkhai-uploads', S3_REGION: 'ap-southeast-1', ...keys }).settings
    expect(aws).toMatchObject({ region: 'ap-southeast-1', endpoint: undefined, forcePathStyle: false, prefix: '' })
    expect(parse({ S3_BUCKET: 'b-1', S3_ENDPOINT: 'https://s3.example.vn', S3_FORCE_PATH_STYLE: 'false', ...keys }).settings?.forcePathStyle).toBe(false)
  })

  it('refuses a bucket without its keys, naming each missing variable in Vietnamese and English', () => {
    expect(parse({ S3_BUCKET: 'congkhai-uploads' }).errors).toEqual([
      'S3_ACCESS_KEY_ID: cần có khi đặt S3_BUCKET (required when S3_BUCKET is set)',
      'S3_SECRET_ACCESS_KEY: cần có khi đặt S3_BUCKET (required when S3_BUCKET is set)',
    ])
    expect(parse({ S3_BUCKET: 'congkhai-uploads', S3_ACCESS_KEY_ID: 'AKIAEXAMPLE' }).errors).toEqual([
      'S3_SECRET_ACCESS_KEY: cần có khi đặt S3_BUCKET (required when S3_BUCKET is set)',
    ])
  })

  it('refuses S3 settings without a bucket rather than silently keeping files on one replica', () => {
    expect(parse({ ...keys, S3_ENDPOINT: 'http://minio:9000' }).errors).toEqual([
      'S3_BUCKET: cần có khi đặt S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY (required when S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY is set)',
    ])
  })

  it('reports every bad value at once: endpoint URL, bucket name, path-style flag, prefix', () => {
    const { errors } = parse({ S3_BUCKET: 'Bad_Bucket', S3_ENDPOINT: 'minio:9000', S3_FORCE_PATH_STYLE: 'maybe', S3_PREFIX: 'a/../b', ...keys })
    expect(errors).toEqual([
      'S3_BUCKET: không phải tên bucket S3 hợp lệ (not a valid S3 bucket name)',
      'S3_ENDPOINT: phải là một URL http:// hoặc https:// (must be an http(s) URL)',
      'S3_FORCE_PATH_STYLE: phải là true hoặc false (must be true or false)',
      'S3_PREFIX: không được chứa "." hay ".." (must not contain . or ..)',
    ])
    expect(parse({ S3_BUCKET: 'ok-bucket', S3_ENDPOINT: 'ftp://files.example.vn', ...keys }).errors).toEqual([
      'S3_ENDPOINT: phải là một URL http:// hoặc https:// (must be an http(s) URL)',
    ])
  })
})
