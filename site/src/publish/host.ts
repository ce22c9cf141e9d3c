/**
 * The public site's server: serves the newest good Astro build (static pages and on-demand routes through the
 * `@astrojs/node` standalone handler, the pages' brotli and gzip copies itself: `compression/servePrecompressed.ts`),
 * answers `/api/search` itself (`serveSearch.ts`), compresses dynamic answers (`compression/compressResponse.ts`),
 * and rebuilds the build when the CMS reports a publish.
 *
 * @remarks Each build lives in its own folder and is swapped in by replacing one handler reference, so a request
 * never sees a half-written build. The publish webhook lives here, not in Astro, because it outlives each build.
 * `<BUILDS_DIR>/current` is a symbolic link to the live build, replaced by an atomic rename, so nginx can serve
 * `current/client` directly (deploy/nginx/congkhai.conf). Logs are JSON lines (`../logger.ts`).
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { collectWhenIdle } from '@congkhai/cms/idle-collection'
import { isIndexed, parsePublishEvent, PUBLISH_SECRET_HEADER, PUBLISH_WEBHOOK_PATH, publishSeqOf, type DocumentEvent, type PublicCollection } from '@congkhai/contracts/publish'
import { SITE_STATUS_PATH, type PatchSummary, type RebuildKind, type SiteStatusReport } from '@congkhai/contracts/site-status'
import { compressResponse } from '../compression/compressResponse'
import { precompressInProcess } from '../compression/precompressProcess'
import { servePrecompressed } from '../compression/servePrecompressed'
import { siteConfig } from '../config'
import { publishLogHead, readPublishLog } from '../published/cms'
import { batchedDocumentReader, resetContent, type DocumentVersions } from '../published/content'
import { startFeedbackIntake } from '../feedback/feedbackIntake'
import { logEvent } from '../logger'
import { syncEvents } from '../search/indexer'
import { indexTargets } from '../search/search'
import { searchStatus } from '../search/searchStatus'
import { serveSearch } from '../search/serveSearch'
import { guardResponse } from '../security/guardResponse'
import { buildSite, linkPackages, pointCurrentAt, pruneBuilds, readCurrent } from './buildSite'
import { PatchRenderer } from './PatchRenderer'
import { PatchThread } from './PatchThread'
import { healthStatus } from './healthStatus'
import { json, readJson, secretMatches } from './internalHttp'
import { Publisher } from './Publisher'
import { PublishLogFollower } from './PublishLogFollower'
import { reindexInProcess } from './reindexProcess'

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void

// Every build's bundle, and each `astro build` this process starts, reads the configuration again from its own
// location: hand them this process's folders and keys, so there is one outbox and one set of secrets.
const inherited = {
  DATA_DIR: siteConfig.DATA_DIR,
  BUILDS_DIR: siteConfig.BUILDS_DIR,
  FEEDBACK_OUTBOX_DIR: siteConfig.feedbackOutboxDir,
  PUBLISH_SECRET: siteConfig.PUBLISH_SECRET,
  SITE_API_KEY: siteConfig.SITE_API_KEY,
  BUILD_API_KEY: siteConfig.BUILD_API_KEY,
}
for (const [name, value] of Object.entries(inherited)) process.env[name] ||= value

let live: { dir: string; handler: Handler; since: number } | undefined

// The standalone entry starts its own server on import unless told not to; this process is that server.
process.env.ASTRO_NODE_AUTOSTART = 'disabled'
// The one feedback outbox, in DATA_DIR, before any build is imported (and so before an old build is pruned, with
// the outbox it may still hold from before).
const feedback = await startFeedbackIntake((line, fields) => logEvent('info', line, fields))

async function goLive(dir: string): Promise<void> {
  // A build made before BUILDS_DIR had its link to the packages (or moved with its folder) resolves them again.
  linkPackages(siteConfig.BUILDS_DIR)
  const entry = pathToFileURL(path.join(dir, 'server', 'entry.mjs')).href
  // The content this thread's on-demand pages read (site settings in the layout), read again for the new build.
  resetContent()
  const { handler } = (await import(entry)) as { handler: Handler }
  live = { dir, handler, since: Date.now() }
  pointCurrentAt(siteConfig.BUILDS_DIR, dir)
  void pruneBuilds(siteConfig.BUILDS_DIR, dir).catch((err: Error) => logEvent('error', `old builds not removed: ${err.message}`, { event: 'build.prune-failed', error: err.message }))
  logEvent('info', `serving ${path.basename(dir)}`, { event: 'build.live', build: path.basename(dir) })
}

const targets = indexTargets()
const progress = (event: string) => (line: string) => logEvent('info', line, { event })
let patcher: PatchThread | undefined
/**
 * The live build's patch thread while it loads, and its precompression while it runs; a publish of changes waits for
 * them rather than build in full.
 */
let patcherLoading: Promise<void> | undefined
/** Stops {@link patcherLoading}'s work: a full build that will replace the live build must not wait for it. */
let stopLoading: AbortController | undefined

/**
 * Builds the whole site and makes it live; the live build is then precompressed and readied for incremental
 * publishes in the background (`patcherLoading`), so the swap is not held up by either.
 *
 * @remarks The build being replaced has its precompression and the loading of its patch thread stopped first, not
 * waited for: both would go to waste, and a settings change saved just after a full build went live waited for them
 * before its own build started (at 10,000 documents under load, precompression about 40 s and the thread 18-45 s).
 */
async function fullBuild(): Promise<void> {
  stopLoading?.abort()
  await patcherLoading
  const before = patcher
  patcher = undefined
  let dir: string
  try {
    dir = await buildSite({ siteRoot: siteConfig.siteRoot, buildsDir: siteConfig.BUILDS_DIR, log: progress('build.output') })
  } catch (err) {
    // The build served is still the one `before` patches; readied again if that was stopped.
    patcher = before
    if (!patcher && live) ready(live.dir)
    throw err
  }
  // The new build's thread loads once the old one, with its bundle and content, is gone.
  await before?.stop()
  await goLive(dir)
  ready(dir)
}

/** Precompresses the live build `dir` and loads its patch thread, in the background (`patcherLoading`). */
function ready(dir: string): void {
  const started = Date.now()
  const stop = new AbortController()
  // Publishes of changes wait for both: the copies are then never written beside another version of their page.
  const compressing = precompressInProcess(path.join(dir, 'client'), progress('build.precompress'), stop.signal).catch((err: Error) =>
    logEvent('error', 'the live build stays without precompressed copies (its pages are compressed as they are sent)', { event: 'build.precompress-failed', error: err.message }),
  )
  const threadLoading = PatchThread.load(dir, stop.signal).then(
    (thread) => {
      patcher = thread
      logEvent('info', `incremental publishing ready in ${((Date.now() - started) / 1000).toFixed(1)} s`, { event: 'patch.ready', durationMs: Date.now() - started })
    },
    (err: Error) => {
      if (stop.signal.aborted) logEvent('info', 'incremental publishing of this build not readied: a full build replaces it', { event: 'patch.stopped' })
      else logEvent('error', 'incremental publishing unavailable, every publish rebuilds the site', { event: 'patch.unavailable', error: err.message })
    },
  )
  const loading = Promise.all([compressing, threadLoading]).then(() => undefined)
  patcherLoading = loading
  stopLoading = stop
  void loading.finally(() => {
    if (patcherLoading === loading) patcherLoading = undefined
  })
}

/** The last publish re-rendered in place, as `/_internal/status` shows it. */
let lastPatch: PatchSummary | undefined

/**
 * Re-renders only the pages the events change when it can (`PatchRenderer`), otherwise, or when that fails,
 * builds the whole site.
 */
async function rebuild(events: DocumentEvent[] | 'all'): Promise<RebuildKind> {
  // The thread of a build that just went live is still loading: waiting for it costs seconds, a full build minutes.
  // A full build does not wait for it: it stops it (`fullBuild`).
  if (events !== 'all' && PatchRenderer.handles(events)) await patcherLoading
  if (events !== 'all' && patcher && PatchRenderer.handles(events)) {
    try {
      const result = await patcher.apply(events, readShared, whenIdle)
      lastPatch = { rendered: result.rendered, removed: result.removed, durationMs: result.durationMs, ...(result.first ? { first: result.first } : {}) }
      logEvent('info', `publish: re-rendered ${result.rendered} file(s), removed ${result.removed}, for ${result.documents} document(s)`, { event: 'publish.patch', ...result })
      return 'incremental'
    } catch (err) {
      logEvent('error', 'incremental publish failed, building the whole site instead', { event: 'publish.patch-failed', error: (err as Error).message })
    }
  }
  await fullBuild()
  return 'full'
}

/** Requests being answered from the live build's files, by page path (`/van-ban/x`, not `/van-ban/x/index.html`). */
const reading = new Map<string, number>()
const servedPath = (pathname: string) => pathname.replace(/\/index\.html$/, '').replace(/\/+$/, '') || '/'

/**
 * Resolves once no request is reading a page's file, or after a second (a slow client must not hold up a publish).
 *
 * @remarks The build's static file server (Astro's node adapter) reads a file's length, then opens it by name: a page
 * replaced in between went out cut short. The incremental publish renames each page (and its precompressed copies)
 * over the old one only when this resolves. nginx, in production, opens a file once and is not affected.
 */
async function whenIdle(pathname: string): Promise<void> {
  const deadline = Date.now() + 1000
  while (reading.has(servedPath(pathname)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2))
}

/**
 * The documents read for the publish under way, shared by the index and the incremental render: read once, and the
 * reads asked for together sent to the CMS together.
 */
let reads = new Map<string, Promise<DocumentVersions>>()
let readBatched = batchedDocumentReader()
function readShared(collection: PublicCollection, id: string | number): Promise<DocumentVersions> {
  const key = `${collection}:${id}`
  if (!reads.has(key)) reads.set(key, readBatched(collection, id))
  return reads.get(key) as Promise<DocumentVersions>
}

const publisher = new Publisher({
  log: logEvent,
  sync: async (events) => {
    reads = new Map()
    readBatched = batchedDocumentReader()
    if (events === 'all') {
      await reindexInProcess(progress('index.progress'))
      await Promise.all(targets.map((engine) => engine.refresh?.()))
    } else {
      // The changed documents, and those that embedded them, asked for at once: one read per collection. Only an
      // optimisation: whatever cannot be read now is read again where it is needed. Not waited for: the patch thread
      // answers it between the steps of the re-render going on beside this, which the index must not wait for.
      for (const { collection, id } of events) if (isIndexed(collection)) readShared(collection, id).catch(() => undefined)
      if (patcher && PatchRenderer.handles(events)) void patcher.prefetch(events, readShared).catch(() => undefined)
      await syncEvents(events, targets, async (collection, id, locale) => (await readShared(collection, id))[locale])
    }
  },
  // A publish is a burst of work: the heap is collected once the server goes quiet after it.
  rebuild: (events) => rebuild(events).finally(collectWhenIdle),
  serving: () => Boolean(live),
})

/** This replica's place in the CMS's publish log: what the webhook did not bring is read from there. */
const follower = new PublishLogFollower(
  {
    head: publishLogHead,
    read: (after) => readPublishLog(after),
    publish: (event) => publisher.enqueue(event),
    publishAll: (opts) => publisher.enqueueFull(opts),
    log: logEvent,
  },
  { pollMs: siteConfig.PUBLISH_LOG_POLL_SECONDS * 1000 },
)

/** What monitoring needs (`healthStatus`): 503 when the site cannot serve, 200 otherwise, with the state of each part. */
async function health(): Promise<{ code: number; body: Record<string, unknown> }> {
  const search = await searchStatus(targets)
  const serving = Boolean(live)
  const status = healthStatus({ serving, searchAnswering: search.answering, searchAllUp: search.ok, publishFailed: publisher.status.state === 'failed' })
  return {
    code: status === 'down' ? 503 : 200,
    body: {
      status,
      build: live ? { id: path.basename(live.dir), liveSince: new Date(live.since).toISOString(), ageSeconds: Math.round((Date.now() - live.since) / 1000) } : null,
      publish: publisher.status,
      search,
    },
  }
}

/** The longest `/_internal/status` waits to read the publish log before answering without it (a CMS that is down). */
const STATUS_LOG_BUDGET_MS = 1000

/** The longest `/_internal/status` waits for the health check before answering without it. */
const STATUS_HEALTH_BUDGET_MS = 300

async function internal(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
  if (pathname === SITE_STATUS_PATH && req.method === 'GET') {
    // Whoever asks after a change committed (a test, the admin) is told of it even before its nudge arrives.
    await Promise.race([follower.catchUp(), new Promise((resolve) => setTimeout(resolve, STATUS_LOG_BUDGET_MS).unref())])
    const ready = Boolean(live && publisher.status.lastSuccessAt)
    // The admin asks on every page and gives up after 1.5 s: search threads loading a new index after a full
    // re-index answer their count late (up to /healthz's 2 s), which made a busy site look unreachable.
    const pending = { status: 'pending', reason: `the health check did not finish within ${STATUS_HEALTH_BUDGET_MS} ms (search busy); /healthz waits for it` }
    const body = await Promise.race([
      health().then(({ body }) => body),
      new Promise<typeof pending>((resolve) => setTimeout(resolve, STATUS_HEALTH_BUDGET_MS, pending).unref()),
    ])
    // Reachable without a secret on the site's port: codes and the CMS's reasons only, nothing personal.
    return json(res, ready ? 200 : 503, { ready, ...publisher.status, health: body, feedback: feedback.outbox.status(), publishLog: follower.status, lastPatch, incremental: patcherLoading ? 'loading' : patcher ? 'ready' : 'unavailable' } satisfies SiteStatusReport)
  }
  if (pathname === PUBLISH_WEBHOOK_PATH && req.method === 'POST') {
    if (!secretMatches(req.headers[PUBLISH_SECRET_HEADER] as string | undefined, siteConfig.PUBLISH_SECRET)) return json(res, 403, { error: 'forbidden' })
    let body: unknown
    try {
      body = await readJson(req)
    } catch {
      return json(res, 400, { error: 'invalid JSON' })
    }
    const parsed = parsePublishEvent(body)
    if (!parsed.ok) return json(res, 400, { error: 'invalid event' })
    // The event is published at once, as it comes (unless a read of the log already brought it); the log is read
    // too, for whatever this replica missed before it.
    const seq = publishSeqOf(body)
    const fresh = seq === undefined || follower.seen(seq)
    follower.nudge()
    if (!fresh) return json(res, 202, { queued: 0 })
    if ('full' in parsed.event) {
      publisher.enqueueFull({ reindex: parsed.event.reindex !== false })
      return json(res, 202, { queued: 'all' })
    }
    publisher.enqueue(parsed.event)
    return json(res, 202, { queued: 1 })
  }
  return json(res, 404, { error: 'not found' })
}

const server = http.createServer((req, res) => {
  const pathname = (req.url ?? '/').split('?')[0]
  const started = performance.now()
  res.once('close', collectWhenIdle)
  res.once('finish', () => {
    // `/_internal/status` answers 503 until a build is live: that is its answer to a readiness probe (`npm start`
    // polls it twice a second while the first build runs), not a failure.
    if (res.statusCode < 500 || (res.statusCode === 503 && pathname === SITE_STATUS_PATH)) return
    logEvent('error', `${req.method} ${pathname} answered ${res.statusCode}`, {
      event: 'request.error',
      method: req.method,
      path: pathname,
      status: res.statusCode,
      durationMs: Math.round(performance.now() - started),
    })
  })
  if (!guardResponse(req, res, pathname, { hsts: siteConfig.hsts, hstsMaxAge: siteConfig.HSTS_MAX_AGE })) return
  if (pathname === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
    health()
      .then(({ code, body }) => json(res, code, body))
      .catch(() => json(res, 503, { status: 'down' }))
    return
  }
  if (pathname.startsWith('/_internal/')) {
    internal(req, res, pathname).catch((err) => {
      logEvent('error', 'internal route failed', { event: 'request.error', path: pathname, error: (err as Error).message })
      if (!res.headersSent) json(res, 500, { error: 'internal error' })
    })
    return
  }
  if (pathname === '/api/search' && (req.method === 'GET' || req.method === 'HEAD')) {
    compressResponse(req, res)
    serveSearch(req, res).catch((err) => {
      logEvent('error', 'search failed', { event: 'request.error', path: pathname, error: (err as Error).message })
      if (!res.headersSent) json(res, 500, { error: 'internal error' })
    })
    return
  }
  if (!live) {
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'retry-after': '5' })
    res.end('<!doctype html><html lang="vi"><meta charset="utf-8"><title>Đang khởi động</title><p>Trang đang được xây dựng, vui lòng tải lại sau ít giây.</p></html>')
    return
  }
  const build = live
  const served = servedPath(pathname)
  reading.set(served, (reading.get(served) ?? 0) + 1)
  res.once('close', () => (reading.get(served) === 1 ? reading.delete(served) : reading.set(served, reading.get(served)! - 1)))
  // A file of the build goes out as its brotli or gzip copy when the client takes one; otherwise the build's handler
  // sends the file as it is, or answers an on-demand route (or a 404), compressed as it goes.
  servePrecompressed(req, res, path.join(build.dir, 'client'))
    .then((outcome) => {
      if (outcome === 'answered') return
      if (outcome === 'none') compressResponse(req, res)
      build.handler(req, res)
    })
    .catch((err) => {
      logEvent('error', 'static file failed', { event: 'request.error', path: pathname, error: (err as Error).message })
      if (!res.headersSent) json(res, 500, { error: 'internal error' })
      else res.destroy()
    })
})

const previous = readCurrent(siteConfig.BUILDS_DIR)
if (previous && fs.existsSync(path.join(previous, 'server', 'entry.mjs'))) {
  try {
    await goLive(previous)
    logEvent('info', 'serving the previous build while it is rebuilt from current content', { event: 'start.previous-build' })
  } catch (err) {
    // A previous build that cannot be loaded (damaged, or made by another version) must not stop the site starting:
    // it is rebuilt below, and retried while it fails, with the reason at /_internal/status.
    logEvent('error', `the previous build ${path.basename(previous)} cannot be served, building afresh: ${(err as Error).message}`, { event: 'start.previous-build-failed', error: (err as Error).message })
  }
}
// A request sent on a kept-alive connection as the server's keep-alive timer fires gets the connection closed instead
// of an answer (the client sees "fetch failed"). The timer fires late, with a request already waiting, when a publish
// keeps this process busy for seconds: at 65 s (as behind a load balancer) it does not.
server.keepAliveTimeout = 65_000
server.headersTimeout = 66_000
server.listen(siteConfig.SITE_PORT, siteConfig.SITE_HOST, () =>
  logEvent('info', `listening on ${siteConfig.SITE_URL}`, { event: 'start.listening', port: siteConfig.SITE_PORT }),
)
// The log's head first, then the full build that covers everything up to it.
void follower.start()

const shutdown = () => {
  server.close()
  server.closeAllConnections()
  process.exit(0)
}
process.once('SIGINT', shutdown)
process.once('SIGTERM', shutdown)
