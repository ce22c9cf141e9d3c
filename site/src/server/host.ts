/**
 * The public site's server: serves the newest good Astro build (static pages and on-demand routes through the
 * `@astrojs/node` standalone handler) and rebuilds it when the CMS reports a publish.
 *
 * @remarks Each build lives in its own folder and is swapped in by replacing one handler reference, so a request
 * never sees a half-written build. The publish webhook lives here, not in Astro, because it outlives each build.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import { siteConfig } from '../config'
import { reindexAll, SITE_COLLECTIONS, syncEvents } from '../lib/indexer'
import { indexTargets } from '../lib/search'
import { buildSite, pruneBuilds } from './buildSite'
import { Publisher } from './Publisher'

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void

const log = (line: string) => console.log(`[site] ${line}`)
const currentFile = path.join(siteConfig.BUILDS_DIR, 'current')
let live: { dir: string; handler: Handler } | undefined

// The standalone entry starts its own server on import unless told not to; this process is that server.
process.env.ASTRO_NODE_AUTOSTART = 'disabled'

async function goLive(dir: string): Promise<void> {
  const entry = pathToFileURL(path.join(dir, 'server', 'entry.mjs')).href
  const { handler } = (await import(entry)) as { handler: Handler }
  live = { dir, handler }
  fs.writeFileSync(currentFile, dir)
  pruneBuilds(siteConfig.BUILDS_DIR, dir)
}

const targets = indexTargets()
const publisher = new Publisher({
  log,
  sync: async (events) => {
    if (events === 'all') await reindexAll(targets, log)
    else await syncEvents(events, targets)
  },
  rebuild: async () => goLive(await buildSite({ siteRoot: siteConfig.siteRoot, buildsDir: siteConfig.BUILDS_DIR, log })),
})

const eventSchema = z.object({
  collection: z.enum(SITE_COLLECTIONS as [string, ...string[]]),
  id: z.union([z.string().min(1).max(64), z.number().int()]),
  operation: z.enum(['create', 'update', 'delete']),
})

function secretMatches(given: string | undefined): boolean {
  const a = Buffer.from(given ?? '')
  const b = Buffer.from(siteConfig.PUBLISH_SECRET)
  return a.length === b.length && timingSafeEqual(a, b)
}

async function readJson(req: http.IncomingMessage, limit = 16 * 1024): Promise<unknown> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req) {
    size += chunk.length
    if (size > limit) throw new Error('body too large')
    chunks.push(chunk)
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'))
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}

async function internal(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
  if (pathname === '/_internal/status' && req.method === 'GET') {
    const ready = Boolean(live && publisher.status.lastSuccessAt)
    return json(res, ready ? 200 : 503, { ready, ...publisher.status })
  }
  if (pathname === '/_internal/publish' && req.method === 'POST') {
    if (!secretMatches(req.headers['x-publish-secret'] as string | undefined)) return json(res, 403, { error: 'forbidden' })
    let body: unknown
    try {
      body = await readJson(req)
    } catch {
      return json(res, 400, { error: 'invalid JSON' })
    }
    if (typeof body === 'object' && body !== null && (body as { full?: unknown }).full === true) {
      publisher.enqueueFull()
      return json(res, 202, { queued: 'all' })
    }
    const parsed = eventSchema.safeParse(body)
    if (!parsed.success) return json(res, 400, { error: 'invalid event' })
    publisher.enqueue(parsed.data as Parameters<Publisher['enqueue']>[0])
    return json(res, 202, { queued: 1 })
  }
  return json(res, 404, { error: 'not found' })
}

const server = http.createServer((req, res) => {
  const pathname = (req.url ?? '/').split('?')[0]
  if (pathname.startsWith('/_internal/')) {
    internal(req, res, pathname).catch((err) => {
      log(`internal route failed: ${(err as Error).message}`)
      if (!res.headersSent) json(res, 500, { error: 'internal error' })
    })
    return
  }
  if (!live) {
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'retry-after': '5' })
    res.end('<!doctype html><html lang="vi"><meta charset="utf-8"><title>Đang khởi động</title><p>Trang đang được xây dựng, vui lòng tải lại sau ít giây.</p></html>')
    return
  }
  live.handler(req, res)
})

const previous = fs.existsSync(currentFile) ? fs.readFileSync(currentFile, 'utf8').trim() : ''
if (previous && fs.existsSync(path.join(previous, 'server', 'entry.mjs'))) {
  await goLive(previous)
  log(`serving the previous build while it is rebuilt from current content`)
}
server.listen(siteConfig.SITE_PORT, siteConfig.SITE_HOST, () => log(`listening on ${siteConfig.SITE_URL}`))
publisher.enqueueFull()

const shutdown = () => {
  server.close()
  server.closeAllConnections()
  process.exit(0)
}
process.once('SIGINT', shutdown)
process.once('SIGTERM', shutdown)
