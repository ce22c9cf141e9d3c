import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startEmbeddedPostgres } from '../db/embeddedPostgres'

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/**
 * Starts a throw-away embedded PostgreSQL for the integration tests and points the CMS config at it.
 *
 * @remarks Runs before the test workers start, so the environment it sets is the one `cmsConfig` reads.
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

/**
 * Stands in for the public site's publish webhook: records what the CMS sends (`GET /events` lists it).
 *
 * @remarks Tests that publish need somewhere to send events; a real site would rebuild, which is the e2e tests' job.
 */
async function startWebhookSink(): Promise<{ url: string; server: http.Server }> {
  const events: unknown[] = []
  const server = http.createServer((req, res) => {
    if (req.method === 'GET') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(events))
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      events.push({ secret: req.headers['x-publish-secret'], ...JSON.parse(body || '{}') })
      res.writeHead(202).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`, server }
}

declare module 'vitest' {
  export interface ProvidedContext {
    webhookUrl: string
  }
}
