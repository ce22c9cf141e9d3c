import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const repoRoot = path.resolve(import.meta.dirname, '../..')

/** The CMS and site configuration as a fresh process with exactly `env` reads them (the loaders read the environment once). */
function configsWith(env: Record<string, string>): { cms: Record<string, unknown>; site: Record<string, unknown> } {
  const script = `
    const { cmsConfig } = await import('@congkhai/cms/config')
    const { siteConfig } = await import('@congkhai/site/config')
    console.log(JSON.stringify({ cms: cmsConfig, site: siteConfig }))`
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], { cwd: repoRoot, env: { PATH: process.env.PATH ?? '', ...env } as unknown as NodeJS.ProcessEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  return JSON.parse(out.trim().split('\n').pop()!)
}

function failureWith(env: Record<string, string>): string {
  try {
    configsWith(env)
  } catch (err) {
    return String((err as { stderr?: string }).stderr)
  }
  throw new Error('the configuration was accepted')
}

const dataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-config-'))

describe('configuration of an installation', { timeout: 60_000 }, () => {
  it('sends publish events to the site port it is given, with a secret of its own that the site shares', () => {
    const a = configsWith({ DATA_DIR: dataDir(), SITE_PORT: '4555' })
    const b = configsWith({ DATA_DIR: dataDir(), SITE_PORT: '4556' })
    expect(a.cms.PUBLISH_WEBHOOK_URL).toBe('http://localhost:4555/_internal/publish')
    expect(b.cms.PUBLISH_WEBHOOK_URL).toBe('http://localhost:4556/_internal/publish')
    expect(a.cms.PUBLISH_SECRET).toBe(a.site.PUBLISH_SECRET)
    expect(a.cms.SITE_API_KEY).toBe(a.site.SITE_API_KEY)
    expect(a.cms.BUILD_API_KEY).toBe(a.site.BUILD_API_KEY)
    expect(a.cms.PUBLISH_SECRET).not.toBe(b.cms.PUBLISH_SECRET)
    expect(a.cms.SITE_API_KEY).not.toBe(b.cms.SITE_API_KEY)
  })

  it('puts every folder where it is told, relative ones from the repository root in the CMS and the site alike (issue 19)', () => {
    const data = dataDir()
    const { cms, site } = configsWith({ DATA_DIR: data, MEDIA_DIR: '/srv/congkhai/media', FEEDBACK_ATTACHMENTS_DIR: 'private/attachments', BUILDS_DIR: 'var/builds', FEEDBACK_OUTBOX_DIR: 'var/outbox' })
    expect(cms).toMatchObject({ DATA_DIR: data, mediaDir: '/srv/congkhai/media', feedbackAttachmentsDir: path.join(repoRoot, 'private/attachments'), postgresDir: path.join(data, 'postgres') })
    expect(site).toMatchObject({ DATA_DIR: data, BUILDS_DIR: path.join(repoRoot, 'var/builds'), feedbackOutboxDir: path.join(repoRoot, 'var/outbox') })
    const defaults = configsWith({ DATA_DIR: data })
    expect(defaults.cms).toMatchObject({ mediaDir: path.join(data, 'media'), feedbackAttachmentsDir: path.join(data, 'feedback-attachments') })
    expect(defaults.site).toMatchObject({ feedbackOutboxDir: path.join(data, 'feedback-outbox') })
  })

  it('takes secrets from the environment over the generated ones', () => {
    const given = configsWith({ DATA_DIR: dataDir(), PUBLISH_SECRET: 'given-publish-secret-1234', PUBLISH_WEBHOOK_URL: 'http://site.internal:8080/_internal/publish' })
    expect(given.cms.PUBLISH_SECRET).toBe('given-publish-secret-1234')
    expect(given.site.PUBLISH_SECRET).toBe('given-publish-secret-1234')
    expect(given.cms.PUBLISH_WEBHOOK_URL).toBe('http://site.internal:8080/_internal/publish')
  })

  it('refuses to start a deployment without its secrets, naming each one once', () => {
    const message = failureWith({ DATA_DIR: dataDir(), REQUIRE_SECRETS: 'true', PAYLOAD_SECRET: 'a-given-payload-secret-1234' })
    for (const name of ['PUBLISH_SECRET', 'SITE_API_KEY', 'BUILD_API_KEY', 'ADMIN_PASSWORD']) {
      expect(message.match(new RegExp(`${name}: bắt buộc khi REQUIRE_SECRETS=true`, 'g'))).toHaveLength(1)
    }
    expect(message).not.toMatch(/PAYLOAD_SECRET: bắt buộc/)
  })

  it('loads under Node\'s own type stripping, as `node src/server.ts` runs it (relative imports name their .ts file)', () => {
    // tsx resolves an extensionless import; Node alone does not, and the CMS server run from its sources then died at
    // start (`Cannot find module …/storage/s3Settings`), seen only by e2e/login.spec.ts's second CMS.
    const out = execFileSync(process.execPath, ['--input-type=module', '--eval', "const { cmsConfig } = await import('./src/config.ts'); console.log(typeof cmsConfig.s3)"], { cwd: path.join(repoRoot, 'cms'), env: { PATH: process.env.PATH ?? '' } as unknown as NodeJS.ProcessEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    expect(out.trim().split('\n').pop()).toBe('object')
  })

  it('refuses to start on a half-given S3 configuration, naming the variable, alongside every other bad one', () => {
    const message = failureWith({ DATA_DIR: dataDir(), S3_BUCKET: 'congkhai-uploads', S3_ENDPOINT: 'not a url', CMS_PORT: 'abc' })
    expect(message).toMatch(/Cấu hình cms không hợp lệ \(invalid cms configuration\)/)
    expect(message).toMatch(/S3_ACCESS_KEY_ID: cần có khi đặt S3_BUCKET \(required when S3_BUCKET is set\)/)
    expect(message).toMatch(/S3_SECRET_ACCESS_KEY: cần có khi đặt S3_BUCKET/)
    expect(message).toMatch(/S3_ENDPOINT: phải là một URL http:\/\/ hoặc https:\/\//)
    expect(message).toMatch(/CMS_PORT:/)
    const { cms } = configsWith({ DATA_DIR: dataDir() })
    expect(cms.s3).toBeNull()
  })
})
