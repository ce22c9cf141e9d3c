import { createHash, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  type Doc,
  type IndexSettings,
  parseFilter,
  rankingRulesError,
  RequestError,
  type SearchBody,
  searchDocuments,
  WORD,
} from './fakeMeilisearchSearch'

interface Recorded {
  method: string
  path: string
  search: URLSearchParams
  headers: IncomingMessage['headers']
  body: unknown
}

interface TaskError {
  message: string
  code: string
  type: string
  link: string
}

const apiError = (code: string, message: string): TaskError => ({
  message,
  code,
  type: code.includes('api_key') || code.includes('authorization') ? 'auth' : 'invalid_request',
  link: `https://docs.meilisearch.com/errors#${code}`,
})

/** An API key made through `POST /keys`. */
interface ApiKey {
  uid: string
  key: string
  actions: string[]
  indexes: string[]
}

/** The actions a key may be given (https://www.meilisearch.com/docs/capabilities/security/how_to/manage_api_keys), those the fake knows. */
const KNOWN_ACTIONS = new Set([
  '*', 'search', 'documents.*', 'documents.add', 'documents.get', 'documents.delete', 'indexes.*', 'indexes.create',
  'indexes.get', 'indexes.update', 'indexes.delete', 'indexes.swap', 'tasks.*', 'tasks.get', 'settings.*',
  'settings.get', 'settings.update', 'stats.*', 'stats.get', 'keys.get', 'keys.create', 'keys.update', 'keys.delete',
])

/** Whether a key's action list covers one action: itself, `*`, or its group's `group.*`. */
const allows = (actions: string[], action: string): boolean =>
  actions.includes('*') || actions.includes(action) || actions.includes(`${action.split('.')[0]}.*`)

/** Whether a key's index list covers an index: `*`, the uid itself, or a pattern ending in `*`. */
const covers = (indexes: string[], uid: string): boolean =>
  indexes.some((pattern) => pattern === '*' || pattern === uid || (pattern.endsWith('*') && uid.startsWith(pattern.slice(0, -1))))

/** A document id Meilisearch accepts: "an integer or a string of at most 511 bytes made of a-z A-Z 0-9 - _". */
const validId = (id: unknown): boolean =>
  (typeof id === 'number' && Number.isInteger(id) && id >= 0) ||
  (typeof id === 'string' && /^[A-Za-z0-9_-]+$/.test(id) && Buffer.byteLength(id) <= 511)

/** Meilisearch's default `--http-payload-size-limit`: 100 MB. */
export const DEFAULT_PAYLOAD_LIMIT = 100 * 1024 * 1024

/** Options of {@link FakeMeilisearch}. */
export interface FakeMeilisearchOptions {
  /** When set, every request needs this key or a key made with it, as a server started with `--master-key`. */
  masterKey?: string
  /** Largest request body in bytes, as `--http-payload-size-limit`; default 100 MB. */
  payloadLimit?: number
}

/**
 * Formats one attribute as Meilisearch's search does (`_formatted`): each word of the text that is a word of the
 * query wrapped in the highlight tags (a word the last query word begins, only on that prefix: the last word is
 * matched as a prefix), then, if asked, cropped to `crop` words around the matches (the first words when none
 * matched), with the crop marker where the text was cut.
 *
 * @remarks The documented behaviour (search parameters `attributesToHighlight`, `attributesToCrop`, `cropLength`,
 * `cropMarker`; the server's `Matcher::format`): words are counted without separators, a cut end starts or ends on a
 * word, an end that was not cut keeps its separators, and the window is centred on the interval with the most
 * different matched words. Words match case-insensitively, as written: the server's typo tolerance and its folding
 * of marks are not imitated.
 */
function format(text: string, query: string[], tags: { pre: string; post: string } | undefined, crop: { length: number; marker: string } | undefined): string {
  const words = Array.from(text.matchAll(WORD), (m) => ({ start: m.index, end: m.index + m[0].length, word: m[0].toLowerCase() }))
  const last = query.at(-1)
  const matched = words.map(({ word }) => (query.includes(word) ? word.length : last && word.startsWith(last) ? last.length : 0))
  let [from, to] = [0, text.length]
  let [first, final] = [0, words.length - 1]
  if (crop && words.length > crop.length) {
    // The interval of at most `length` words with the most different matched words (then the most matches), first
    // of equals; the window grows from it on both sides.
    const hits = matched.flatMap((length, i) => (length > 0 ? [i] : []))
    let [low, high, score] = [0, 0, [-1, -1]]
    for (const [n, start] of hits.entries()) {
      const inside = hits.slice(n).filter((i) => i - start < crop.length)
      const here = [new Set(inside.map((i) => words[i]!.word)).size, inside.length]
      if (here[0]! > score[0]! || (here[0] === score[0] && here[1]! > score[1]!)) [low, high, score] = [start, inside.at(-1)!, here]
    }
    first = Math.max(0, low - Math.ceil((crop.length - (high - low + 1)) / 2))
    final = Math.min(words.length - 1, first + crop.length - 1)
    first = Math.max(0, final - crop.length + 1)
    if (first > 0) from = words[first]!.start
    if (final < words.length - 1) to = words[final]!.end
  }
  let out = from > 0 ? crop!.marker : ''
  let position = from
  if (tags) {
    for (let i = first; i <= final; i++) {
      const { start, end } = words[i]!
      if (matched[i] === 0) continue
      out += `${text.slice(position, start)}${tags.pre}${text.slice(start, start + matched[i]!)}${tags.post}`
      position = start + matched[i]!
      if (position > end) position = end
    }
  }
  return out + text.slice(position, to) + (to < text.length ? crop!.marker : '')
}

/**
 * A stand-in for a Meilisearch server, for tests only: no real server can run on the development machines.
 *
 * @remarks Implements just the routes MeilisearchEngine and the key set-up call, with the request and response shapes
 * of Meilisearch's API reference, and refuses what the server refuses: a request without a valid key, or with a key
 * lacking the action or the index (`missing_authorization_header` 401, `invalid_api_key` 403); a body over the payload
 * limit (`payload_too_large` 413); a filter, sort or facet on an attribute the settings do not declare (400); an
 * invalid document id (a failed task, `invalid_document_id`); ranking rules the server refuses. It applies the limits
 * the server applies: `maxTotalHits`, `maxValuesPerFacet`, ten query words, synonyms looked up for terms of one to
 * three words, case-insensitive string equality (fakeMeilisearchSearch.ts). It matches words as plain substrings of
 * the title and summary, without typos; of the ranking rules it has `words`, `attributeRank`, `sort` and custom
 * rules. A task's effect is applied when it is enqueued; every request is recorded so tests can assert what was sent.
 */
export class FakeMeilisearch {
  readonly requests: Recorded[] = []
  readonly indexes = new Map<string, Map<string, Doc>>()
  readonly settings = new Map<string, IndexSettings>()
  /** Task types that fail instead of succeeding, to test error handling. */
  readonly failingTypes = new Set<string>()
  readonly #options: FakeMeilisearchOptions
  readonly #keys: ApiKey[] = []
  #tasks: Record<string, unknown>[] = []
  #server: Server | undefined
  #port = 0

  constructor(options: FakeMeilisearchOptions = {}) {
    this.#options = options
  }

  /** Starts listening on 127.0.0.1 (on the port it had before, after {@link stop}) and returns the base URL. */
  async start(port = this.#port): Promise<string> {
    this.#server = createServer((req, res) => void this.#handle(req, res))
    await new Promise<void>((resolve) => this.#server!.listen(port, '127.0.0.1', resolve))
    this.#port = (this.#server.address() as AddressInfo).port
    return `http://127.0.0.1:${this.#port}`
  }

  /** Stops listening and drops open connections, like a server going down; its data stays for a restart. */
  async stop(): Promise<void> {
    const server = this.#server
    if (!server) return
    this.#server = undefined
    const closed = new Promise((resolve) => server.close(resolve))
    server.closeAllConnections()
    await closed
  }

  /** Requests other than task polling, as `METHOD /path`. */
  calls(): string[] {
    return this.requests.filter((r) => !r.path.startsWith('/tasks/')).map((r) => `${r.method} ${r.path}`)
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake')
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    const method = req.method ?? ''
    const answer = (status: number, payload: unknown) =>
      void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload))
    const limit = this.#options.payloadLimit ?? DEFAULT_PAYLOAD_LIMIT
    if (raw.length > limit) {
      this.requests.push({ method, path: url.pathname, search: url.searchParams, headers: req.headers, body: undefined })
      return answer(413, apiError('payload_too_large', `The provided payload reached the size limit. The maximum accepted payload size is ${limit} bytes.`))
    }
    const body: unknown = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined
    this.requests.push({ method, path: url.pathname, search: url.searchParams, headers: req.headers, body })
    try {
      const [status, payload] = this.#route(method, url, body, req.headers.authorization)
      answer(status, payload)
    } catch (error) {
      if (!(error instanceof RequestError)) throw error
      answer(error.status, apiError(error.code, error.message))
    }
  }

  /**
   * Refuses a request whose key is missing, unknown, or lacks the action on every index it names, as a server with a
   * master key does (https://www.meilisearch.com/docs/resources/self_hosting/security/master_api_keys).
   */
  #authorize(authorization: string | undefined, action: string, indexUids: string[]): void {
    const { masterKey } = this.#options
    if (masterKey === undefined) return
    const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1]
    if (given === undefined) throw new RequestError('missing_authorization_header', 'The Authorization header is missing. It must use the bearer authorization method.', 401)
    if (given === masterKey) return
    const key = this.#keys.find((one) => one.key === given)
    if (!key || !allows(key.actions, action) || !indexUids.every((uid) => covers(key.indexes, uid))) {
      throw new RequestError('invalid_api_key', 'The provided API key is invalid.', 403)
    }
  }

  #route(method: string, url: URL, body: unknown, authorization: string | undefined): [number, unknown] {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent)
    // The second path segment is the only parameter: an index uid or a task uid.
    const route = `${method} /${parts.map((part, i) => (i === 1 ? ':' : part)).join('/')}`
    const uid = parts[1] ?? ''
    const allow = (action: string, ...uids: string[]) => this.#authorize(authorization, action, uids)
    switch (route) {
      case 'POST /keys': {
        allow('keys.create')
        const { actions, indexes } = body as { actions?: string[]; indexes?: string[] }
        const unknown = (actions ?? []).find((action) => !KNOWN_ACTIONS.has(action))
        if (!actions?.length || unknown) throw new RequestError('invalid_api_key_actions', `Unknown value \`${unknown}\` at \`.actions\`.`)
        if (!indexes?.length) throw new RequestError('invalid_api_key_indexes', 'Missing field `indexes`')
        const keyUid = randomUUID()
        const key = createHash('sha256').update(`${keyUid}${this.#options.masterKey}`).digest('hex')
        this.#keys.push({ uid: keyUid, key, actions, indexes })
        const now = new Date().toISOString()
        return [201, { name: null, expiresAt: null, ...(body as object), uid: keyUid, key, createdAt: now, updatedAt: now }]
      }
      case 'GET /tasks/:':
        allow('tasks.get')
        return [200, this.#tasks[Number(uid)]]
      case 'POST /indexes': {
        const { uid: created } = body as { uid: string }
        allow('indexes.create', created)
        return this.#enqueue(created, 'indexCreation', () => {
          if (this.indexes.has(created)) return apiError('index_already_exists', `Index \`${created}\` already exists.`)
          this.indexes.set(created, new Map())
        })
      }
      case 'DELETE /indexes/:':
        allow('indexes.delete', uid)
        return this.#enqueue(uid, 'indexDeletion', () => {
          if (!this.indexes.delete(uid)) return apiError('index_not_found', `Index \`${uid}\` not found.`)
          this.settings.delete(uid)
        })
      case 'PATCH /indexes/:/settings': {
        allow('settings.update', uid)
        const settings = body as IndexSettings
        const refused = settings.rankingRules === undefined ? undefined : rankingRulesError(settings.rankingRules)
        if (refused) throw new RequestError('invalid_settings_ranking_rules', refused)
        return this.#enqueue(uid, 'settingsUpdate', () => {
          this.#index(uid)
          this.settings.set(uid, { ...this.settings.get(uid), ...settings })
        })
      }
      case 'POST /indexes/:/documents':
        allow('documents.add', uid)
        return this.#enqueue(uid, 'documentAdditionOrUpdate', () => {
          const primaryKey = url.searchParams.get('primaryKey') ?? 'id'
          const invalid = (body as Doc[]).find((doc) => !validId(doc[primaryKey]))
          if (invalid) {
            return apiError('invalid_document_id', `Document identifier \`${JSON.stringify(invalid[primaryKey])}\` is invalid. A document identifier can be of type integer or string, only composed of alphanumeric characters (a-z A-Z 0-9), hyphens (-) and underscores (_), and can not be more than 511 bytes.`)
          }
          for (const doc of body as Doc[]) this.#index(uid).set(String(doc[primaryKey]), doc)
        })
      case 'POST /indexes/:/documents/delete-batch':
        allow('documents.delete', uid)
        return this.#enqueue(uid, 'documentDeletion', () => {
          for (const key of body as string[]) this.indexes.get(uid)?.delete(key)
        })
      case 'POST /indexes/:/documents/delete': {
        allow('documents.delete', uid)
        const passes = parseFilter((body as { filter: SearchBody['filter'] }).filter, this.settings.get(uid)?.filterableAttributes, 'invalid_document_filter')
        return this.#enqueue(uid, 'documentDeletion', () => {
          const index = this.indexes.get(uid)
          for (const [key, doc] of index ?? []) if (passes(doc)) index!.delete(key)
        })
      }
      case 'POST /swap-indexes': {
        const swaps = body as { indexes: [string, string] }[]
        allow('indexes.swap', ...swaps.flatMap((swap) => swap.indexes))
        return this.#enqueue(null, 'indexSwap', () => {
          for (const { indexes: [a, b] } of swaps) {
            const left = this.indexes.get(a)
            const right = this.indexes.get(b)
            if (!left || !right) return apiError('index_not_found', `Index \`${left ? b : a}\` not found.`)
            this.indexes.set(a, right).set(b, left)
            // An index's settings go with it.
            const [settingsA, settingsB] = [this.settings.get(a), this.settings.get(b)]
            for (const [name, settings] of [[a, settingsB], [b, settingsA]] as const) {
              if (settings === undefined) this.settings.delete(name)
              else this.settings.set(name, settings)
            }
          }
        })
      }
      case 'GET /indexes/:/documents': {
        allow('documents.get', uid)
        const index = this.#existing(uid)
        const offset = Number(url.searchParams.get('offset') ?? 0)
        const limit = Number(url.searchParams.get('limit') ?? 20)
        const results = [...index.values()].slice(offset, offset + limit)
        return [200, { results, offset, limit, total: index.size }]
      }
      case 'GET /indexes/:/stats':
        allow('stats.get', uid)
        return [200, { numberOfDocuments: this.#existing(uid).size, isIndexing: false, fieldDistribution: {} }]
      case 'POST /indexes/:/search': {
        allow('search', uid)
        const search = body as SearchBody
        const tags = { pre: search.highlightPreTag ?? '<em>', post: search.highlightPostTag ?? '</em>' }
        const queryWords = Array.from((search.q ?? '').toLowerCase().matchAll(WORD), (m) => m[0])
        const formatted = (doc: Doc): Doc =>
          Object.fromEntries(
            Object.entries(doc).map(([name, value]) => {
              if (typeof value !== 'string') return [name, value]
              const highlight = search.attributesToHighlight?.includes(name) ? tags : undefined
              const crop = search.attributesToCrop?.includes(name) ? { length: search.cropLength ?? 10, marker: search.cropMarker ?? '…' } : undefined
              return [name, highlight || crop ? format(value, queryWords, highlight, crop) : value]
            }),
          )
        return [200, searchDocuments(this.#existing(uid).values(), search, this.settings.get(uid) ?? {}, formatted)]
      }
      default:
        return [404, apiError('not_found', `No fake route for ${route}`)]
    }
  }

  #existing(uid: string): Map<string, Doc> {
    const index = this.indexes.get(uid)
    if (!index) throw new RequestError('index_not_found', `Index \`${uid}\` not found.`, 404)
    return index
  }

  #index(uid: string): Map<string, Doc> {
    if (!this.indexes.has(uid)) this.indexes.set(uid, new Map())
    return this.indexes.get(uid)!
  }

  #enqueue(indexUid: string | null, type: string, apply: () => TaskError | void): [number, unknown] {
    const taskUid = this.#tasks.length
    const enqueuedAt = new Date().toISOString()
    const error = this.failingTypes.has(type) ? apiError('internal', `Fake failure of ${type}`) : (apply() ?? null)
    const status = error ? 'failed' : 'succeeded'
    const times = { enqueuedAt, startedAt: enqueuedAt, finishedAt: enqueuedAt, duration: 'PT0.001S' }
    const task = { uid: taskUid, batchUid: taskUid, indexUid, status, type, canceledBy: null, details: {}, error }
    this.#tasks.push({ ...task, ...times })
    return [202, { taskUid, indexUid, status: 'enqueued', type, enqueuedAt }]
  }
}
