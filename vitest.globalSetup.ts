import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startEmbeddedPostgres } from '@congkhai/cms/embedded-postgres'
import { startWebhookSink } from '@congkhai/cms/testing'
import type { TestProject } from 'vitest/node'
import { freePort } from './scripts/lib/processes'

/**
 * Starts a throw-away embedded PostgreSQL for the integration tests, and a stand-in for the site's publish webhook,
 * and points the CMS config at them.
 *
 * @remarks Runs before the test workers start, so the environment it sets is the one `cmsConfig` reads. Takes the
 * database from `@congkhai/cms/embedded-postgres`, not `@congkhai/cms/database`, which would read the CMS's
 * configuration here, before this environment is set.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-int-'))
  const port = await freePort()
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, user: 'test', password: 'test', database: 'congkhai_test' })
  process.env.DATABASE_URI = db.uri
  const webhook = await startWebhookSink()
  process.env.PUBLISH_WEBHOOK_URL = `${webhook.url}/_internal/publish`
  process.env.SEARCH_SNAPSHOT_PATH = path.join(dir, 'search', 'index.json')
  process.env.FEEDBACK_OUTBOX_DIR = path.join(dir, 'feedback-outbox')
  process.env.MAIL_LOG_PATH = path.join(dir, 'mail.log')
  project.provide('webhookUrl', webhook.url)
  return async () => {
    webhook.server.close()
    await db.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
