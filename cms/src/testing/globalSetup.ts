import fs from 'node:fs'
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
  fs.chmodSync(dir, 0o755)
  const port = await freePort()
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, user: 'test', password: 'test', database: 'congkhai_test' })
  process.env.DATABASE_URI = db.uri
  process.env.PUBLISH_WEBHOOK_URL = `http://127.0.0.1:${await freePort()}/_internal/publish`
  process.env.SEARCH_SNAPSHOT_PATH = path.join(dir, 'search', 'index.json')
  project.provide('webhookUrl', process.env.PUBLISH_WEBHOOK_URL)
  return async () => {
    await db.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    webhookUrl: string
  }
}
