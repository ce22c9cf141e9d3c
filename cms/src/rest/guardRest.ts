import fs from 'node:fs'
import path from 'node:path'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { executeAuthStrategies, getPayload, type Payload, type PayloadRequest, type SanitizedConfig, type TypedUser } from 'payload'
import { hasRole, STAFF_ROLES } from '../access/hasRole'
import { isBuildReader } from '../access/isBuildReader'
import { ANONYMOUS_READ_CAPS, checkAnonymousRead } from './anonymousReadCaps'
import { GateFull, ReadGate } from './ReadGate'

type RouteHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * Largest answer an anonymous read may get, in bytes.
 *
 * @remarks A backstop behind the caps: the heaviest read they allow (100 legal documents with full text in every
 * language at depth 2) weighs a few megabytes; an answer past this one is refused, not sent.
 */
export const ANONYMOUS_RESPONSE_MAX_BYTES = 8 * 1024 * 1024

/**
 * Anonymous collection and global reads the CMS builds at once, and how many may wait: long lists in one lane,
 * everything else (a document, a short list, a global, a count) in another.
 *
 * @remarks The lanes keep a visitor's page-sized read from queueing behind a flood of the heaviest reads the caps
 * allow (lists longer than `ANONYMOUS_READ_CAPS.longList`). One long list at a time: with eight clients asking for
 * 100 legal documents at depth 2 (5 MB, 0.5 s each), two at a time kept the event loop busy building them and
 * `/api/health` took 430 ms at p95 and a page-sized read, queued behind them, 2.3 s (`npm run bench:abuse`). A read waits at most 10 s for its turn; past the queue it is
 * refused at once with a 503.
 */
const anonymousReads = {
  heavy: new ReadGate({ concurrency: 1, queue: 8, maxWaitMs: 10_000 }),
  light: new ReadGate({ concurrency: 4, queue: 32, maxWaitMs: 10_000 }),
}

/** True when the path is a collection's list (or its list of versions), not one document. */
const isList = (slug: string[]) => slug[0] !== 'globals' && (slug.length === 1 || (slug[1] === 'versions' && slug.length === 2))

/**
 * The lane of an anonymous read: a list is heavy when its documents times its depth pass `longList` (Payload's
 * default depth is 2).
 *
 * @remarks By size alone, 20 legal documents at depth 2 (1 MB, each with its relations' relations and joins) went to
 * the light lane four at a time and held `/api/health` at 0.8 s p95 under eight clients (`npm run bench:abuse`).
 */
function lane(slug: string[], search: URLSearchParams): keyof typeof anonymousReads {
  const documents = Number(search.get('limit') ?? 10) * Math.max(1, Number(search.get('depth') ?? 2))
  return isList(slug) && documents > ANONYMOUS_READ_CAPS.longList ? 'heavy' : 'light'
}

/**
 * True when the signed-in account reads without the anonymous caps: staff, and the site build's read-only account.
 *
 * @remarks The site's service account is left capped on purpose: its key lives on the public-facing server.
 */
export function readsUncapped(user: TypedUser | null): boolean {
  if (!user) return false
  const req = { user } as PayloadRequest
  return hasRole(req, ...STAFF_ROLES) || isBuildReader(req)
}

function json(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store', ...headers } })
}

function hasCredentials(headers: Headers, cookiePrefix: string): boolean {
  if (headers.get('authorization')) return true
  return (headers.get('cookie') ?? '').split(';').some((part) => part.trim().startsWith(`${cookiePrefix}-token=`))
}

/** Who is asking, resolved as Payload will (JWT cookie or header, API key); `null` when no one is signed in. */
async function caller(payload: Payload, headers: Headers): Promise<TypedUser | null> {
  if (!hasCredentials(headers, payload.config.cookiePrefix)) return null
  const { user } = await executeAuthStrategies({ headers, payload, canSetHeaders: false })
  return (user as TypedUser | null) ?? null
}

/** What a REST path addresses: a collection or global, and the segments after its slug. */
function target(payload: Payload, slug: string[]) {
  const [first, second, ...rest] = slug
  if (first === 'globals') {
    const global = payload.config.globals.find((g) => g.slug === second)
    return global ? { kind: 'global' as const, versions: Boolean(global.versions), after: rest } : undefined
  }
  const collection = payload.collections[first as keyof typeof payload.collections]?.config
  if (!collection) return undefined
  // The first segment of each of the collection's own paths (`count`, `versions`, `me`, `file`, `track`, …): any other is a document id.
  const firstSegments = collection.endpoints === false ? [] : collection.endpoints.map((e) => e.path.split('/')[1] ?? '')
  const named = new Set(firstSegments.filter((s) => s && !s.startsWith(':')))
  // Payload's own document paths are `/:id`; a collection whose own paths take another key (`payload-preferences`'
  // `/:key`) has no numeric ids to check.
  const numericIds = !firstSegments.some((s) => s.startsWith(':') && !s.startsWith(':id'))
  return { kind: 'collection' as const, collection, named, numericIds, versions: Boolean(collection.versions), after: [second, ...rest].filter((s) => s !== undefined) }
}

/**
 * 404 for an uploaded file that is not on disk, which Payload answers 500 (after its access check, so a private
 * file's existence is not told to a caller who may not read it).
 */
async function fileNotFound(payload: Payload, slug: string[], response: Response): Promise<Response> {
  const t = target(payload, slug)
  const staticDir = t?.kind === 'collection' && t.collection.upload ? t.collection.upload.staticDir : undefined
  if (response.status !== 500 || !staticDir || t?.after[0] !== 'file' || !t.after[1]) return response
  const dir = path.resolve(staticDir)
  if (fs.existsSync(path.resolve(dir, t.after[1]))) return response
  await response.body?.cancel()
  return json(404, 'Không tìm thấy tệp (file not found)')
}

const isId = (segment: string | undefined) => segment !== undefined && /^\d{1,15}$/.test(segment)

/** Collection GET paths that are auth endpoints, not reads: the admin's login page asks them and must not queue. */
const AUTH_READS = new Set(['me', 'init', 'access'])

/**
 * Refusals every caller gets, before Payload answers them with a 500: `/versions` of something without versions, a
 * document id that is not a number (every collection's ids are), and a `where` or `data` parameter that is not JSON.
 */
function refuseMalformed(payload: Payload, url: URL, slug: string[]): Response | undefined {
  const t = target(payload, slug)
  if (t && !t.versions && t.after[0] === 'versions') {
    return json(404, 'Mục này không lưu phiên bản (no versions are kept here)')
  }
  if (t?.kind === 'collection') {
    const [first, second] = t.after
    const byId = first !== undefined && !t.named.has(first) ? first : first === 'versions' ? second : undefined
    if (t.numericIds && byId !== undefined && !isId(byId)) return json(404, 'Không tìm thấy tài liệu (not found)')
  }
  for (const name of ['where', 'data']) {
    const value = url.searchParams.get(name)
    if (!value) continue
    try {
      JSON.parse(value)
    } catch {
      return json(400, `Tham số ${name} không phải JSON hợp lệ (${name} is not valid JSON)`)
    }
  }
  return undefined
}

/** True for the collection and global reads the anonymous gate and response cap apply to. */
function isGatedRead(payload: Payload, slug: string[]): boolean {
  const t = target(payload, slug)
  if (!t) return false
  if (t.kind === 'global') return t.after.length === 0 || t.after[0] === 'versions'
  if (t.after.length === 0) return true
  if (t.after.length === 1) return !AUTH_READS.has(t.after[0])
  return t.after[0] === 'versions'
}

/**
 * Payload's REST handlers with the bounds an anonymous caller needs: caps on what a read may ask for
 * (`ANONYMOUS_READ_CAPS`), a gate on how many anonymous reads run at once, and a cap on the answer's size; plus a
 * 4xx (not Payload's 500) for a few malformed requests anyone can send.
 *
 * @remarks One wrapper in front of every REST path covers lists, reads by id, globals and `/versions` alike.
 * `/api/health` and signed-in staff and build reads pass untouched. A POST that asks to be treated as a GET
 * (`X-HTTP-Method-Override`, the admin's long relationship queries) carries its query in the body, where these
 * checks cannot see it, so it needs signing in.
 */
export function guardRest(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const guard =
    (handler: RouteHandler, reads: boolean): RouteHandler =>
    async (request, args) => {
      const { slug = [] } = await args.params
      const payload = await getPayload({ config })
      const url = new URL(request.url)
      const override = request.method === 'POST' && [request.headers.get('x-http-method-override'), request.headers.get('x-payload-http-method-override')].includes('GET')
      const malformed = refuseMalformed(payload, url, slug)
      if (malformed) return malformed
      if (!reads && !override) return handler(request, args)
      if (slug[0] === 'health') return handler(request, args)
      const user = await caller(payload, request.headers)
      if (readsUncapped(user)) return fileNotFound(payload, slug, await handler(request, args))
      if (override) return json(401, 'Cần đăng nhập để đọc bằng POST (method override needs signing in)')
      const refusal = checkAnonymousRead(url.searchParams, url.search, isList(slug))
      if (refusal) return json(400, refusal.message)
      if (!isGatedRead(payload, slug)) return fileNotFound(payload, slug, await handler(request, args))
      try {
        return await anonymousReads[lane(slug, url.searchParams)].run(async () => {
          const response = await handler(request, args)
          const body = await response.arrayBuffer()
          if (body.byteLength > ANONYMOUS_RESPONSE_MAX_BYTES) {
            const mb = ANONYMOUS_RESPONSE_MAX_BYTES / 1024 / 1024
            return json(400, `Kết quả lớn quá ${mb} MB; hãy giảm limit, depth hoặc chọn ít trường hơn (select) (answer larger than ${mb} MB)`)
          }
          return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
        })
      } catch (err) {
        if (!(err instanceof GateFull)) throw err
        return json(503, 'Máy chủ đang bận, vui lòng thử lại sau (too many reads at once, try again later)', { 'retry-after': String(err.retryAfterSeconds) })
      }
    }
  return {
    GET: guard(REST_GET(config) as RouteHandler, true),
    POST: guard(REST_POST(config) as RouteHandler, false),
    DELETE: guard(REST_DELETE(config) as RouteHandler, false),
    PATCH: guard(REST_PATCH(config) as RouteHandler, false),
    PUT: guard(REST_PUT(config) as RouteHandler, false),
    OPTIONS: REST_OPTIONS(config) as RouteHandler,
  }
}
