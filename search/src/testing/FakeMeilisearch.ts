import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

type Doc = Record<string, unknown>

interface Recorded {
  method: string
  path: string
  search: URLSearchParams
  headers: IncomingMessage['headers']
  body: unknown
}

interface SearchBody {
  q: string
  limit: number
  offset: number
  highlightPreTag: string
  highlightPostTag: string
  attributesToHighlight?: string[]
  attributesToCrop?: string[]
  cropLength?: number
  cropMarker?: string
  filter?: string | (string | string[])[]
  facets?: string[]
  sort?: string[]
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
  type: 'invalid_request',
  link: `https://docs.meilisearch.com/errors#${code}`,
})

/** Reads a dotted attribute path (`facets.year`) of a document. */
const valueAt = (doc: Doc, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Doc | undefined)?.[key], doc)

/**
 * Parses one `attribute = value` condition, the only operator the engine sends; the value is a number or a quoted
 * string with `\"` and `\\` escapes.
 */
function parseCondition(condition: string): (doc: Doc) => boolean {
  const absent = /^\s*([\w.]+)\s+NOT\s+EXISTS\s*$/.exec(condition)
  if (absent) return (doc) => valueAt(doc, absent[1]!) === undefined
  const match = /^\s*([\w.]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?))\s*$/.exec(condition)
  if (!match) throw new Error(`Fake Meilisearch cannot parse filter condition: ${condition}`)
  const [, attribute, quoted, number] = match
  const expected = quoted === undefined ? Number(number) : quoted.replace(/\\(.)/g, '$1')
  return (doc) => {
    const value = valueAt(doc, attribute!)
    // An array attribute matches when any of its values does.
    return Array.isArray(value) ? value.includes(expected) : value === expected
  }
}

/** Turns a filter in Meilisearch's array form (outer AND, inner OR) or a single condition into a predicate. */
function parseFilter(filter: SearchBody['filter']): (doc: Doc) => boolean {
  if (filter === undefined) return () => true
  if (typeof filter === 'string') return parseCondition(filter)
  const groups = filter.map((group) => (Array.isArray(group) ? group : [group]).map(parseCondition))
  return (doc) => groups.every((group) => group.some((condition) => condition(doc)))
}

/**
 * Sorts documents by `attribute:asc|desc` rules, the first rule deciding first; documents missing the attribute go
 * last, as in Meilisearch, and numbers compare as numbers.
 */
function sortBy(docs: Doc[], rules: string[] = []): Doc[] {
  return rules.reduceRight((sorted, rule) => {
    const split = rule.lastIndexOf(':')
    const [attribute, direction] = [rule.slice(0, split), rule.slice(split + 1)]
    const sign = direction === 'desc' ? -1 : 1
    return sorted.sort((a, b) => {
      const [left, right] = [valueAt(a, attribute), valueAt(b, attribute)]
      if (left === undefined || right === undefined) return left === right ? 0 : left === undefined ? 1 : -1
      if (typeof left === 'number' && typeof right === 'number') return sign * (left - right)
      return sign * String(left).localeCompare(String(right))
    })
  }, docs)
}

const BUILT_IN_RULES = ['words', 'typo', 'proximity', 'attribute', 'attributeRank', 'wordPosition', 'sort', 'exactness']
/** Names Meilisearch reserves for geosearch, refused as the attribute of a custom ranking rule. */
const RESERVED_RULE_NAME = /^_geo(Distance|Point|Radius|BoundingBox)?(\(.*\))?$/

/**
 * Why Meilisearch would refuse these ranking rules (error `invalid_settings_ranking_rules`, HTTP 400, before any
 * task), or nothing when it accepts them.
 *
 * @remarks As its settings parser and error reference say: a rule is a built-in name or `<attribute>:asc|desc`
 * (split at the last colon), not on a reserved geosearch name; `attribute` cannot stand beside `attributeRank` or
 * `wordPosition`. A custom rule on an attribute no document has is accepted: Meilisearch documents the order as
 * undefined where documents lack the attribute, it does not refuse the rule.
 */
function rankingRulesError(rules: unknown): string | undefined {
  if (!Array.isArray(rules)) return 'Invalid value type at `.rankingRules`: expected an array'
  for (const [i, rule] of rules.entries()) {
    if (typeof rule !== 'string') return `Invalid value type at \`.rankingRules[${i}]\`: expected a string`
    if (BUILT_IN_RULES.includes(rule)) continue
    const custom = /^(.+):(asc|desc)$/.exec(rule)
    if (!custom) {
      return `Invalid value at \`.rankingRules[${i}]\`: \`${rule}\` ranking rule is invalid. Valid ranking rules are words, typo, sort, proximity, attribute, exactness and custom ranking rules.`
    }
    if (RESERVED_RULE_NAME.test(custom[1]!)) {
      return `Invalid value at \`.rankingRules[${i}]\`: \`${custom[1]}\` is a reserved keyword and thus can't be used as a ranking rule`
    }
  }
  if (rules.includes('attribute') && (rules.includes('attributeRank') || rules.includes('wordPosition'))) {
    return 'Invalid value at `.rankingRules`: `attribute` cannot be used together with `attributeRank` or `wordPosition`'
  }
  return undefined
}

/**
 * The sort rules that order a search's matches: the query's `sort` where the ranking rules have `sort`, and each
 * custom ranking rule where it stands. Built-in relevance rules are left out, since the fake ranks every match alike.
 */
function orderRules(rankingRules: unknown, sort: string[] = []): string[] {
  if (!Array.isArray(rankingRules)) return sort
  return (rankingRules as string[]).flatMap((rule) => (rule === 'sort' ? sort : BUILT_IN_RULES.includes(rule) ? [] : [rule]))
}

/** Counts documents per value of each facet attribute, like Meilisearch's `facetDistribution`. */
function distribution(docs: Doc[], facets: string[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {}
  for (const facet of facets) {
    counts[facet] = {}
    for (const doc of docs) {
      const value = valueAt(doc, facet)
      for (const one of new Set(Array.isArray(value) ? value : [value])) {
        if (one !== undefined && one !== null) counts[facet][String(one)] = (counts[facet][String(one)] ?? 0) + 1
      }
    }
  }
  return counts
}

/** A word as Meilisearch's tokenizer sees one: letters and digits; everything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu

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
 * @remarks Implements just the routes MeilisearchEngine calls, with the request and response shapes of Meilisearch's
 * API reference: writes answer `202` with a summarized task, `GET /tasks/:uid` reports it finished, and search
 * answers `{ hits, query, processingTimeMs, limit, offset, estimatedTotalHits }` with `_formatted`, plus
 * `facetDistribution` when `facets` are asked for. Search applies `filter` (equality conditions, in string or array
 * form), but matches by plain substring and ranks every match alike: of Meilisearch's ranking it has only `sort` and
 * the custom `<attribute>:asc|desc` rules of the index's `rankingRules`, applied in their order. Settings refuse
 * ranking rules the server refuses. It applies a task's effect when it is enqueued and records every request so tests
 * can assert what the engine sent.
 */
export class FakeMeilisearch {
  readonly requests: Recorded[] = []
  readonly indexes = new Map<string, Map<string, Doc>>()
  readonly settings = new Map<string, unknown>()
  /** Task types that fail instead of succeeding, to test error handling. */
  readonly failingTypes = new Set<string>()
  #tasks: Record<string, unknown>[] = []
  #server: Server | undefined

  /** Starts listening on 127.0.0.1, on a random port unless one is given, and returns the base URL. */
  async start(port = 0): Promise<string> {
    this.#server = createServer((req, res) => void this.#handle(req, res))
    await new Promise<void>((resolve) => this.#server!.listen(port, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`
  }

  /** Stops listening and drops open connections, like a server going down. */
  async stop(): Promise<void> {
    const server = this.#server
    if (!server) return
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
    const text = Buffer.concat(chunks).toString('utf8')
    const body: unknown = text ? JSON.parse(text) : undefined
    const method = req.method ?? ''
    this.requests.push({ method, path: url.pathname, search: url.searchParams, headers: req.headers, body })
    const [status, payload] = this.#route(method, url, body)
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload))
  }

  #route(method: string, url: URL, body: unknown): [number, unknown] {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent)
    // The second path segment is the only parameter: an index uid or a task uid.
    const route = `${method} /${parts.map((part, i) => (i === 1 ? ':' : part)).join('/')}`
    const uid = parts[1] ?? ''
    switch (route) {
      case 'GET /tasks/:':
        return [200, this.#tasks[Number(uid)]]
      case 'POST /indexes': {
        const { uid: created } = body as { uid: string }
        return this.#enqueue(created, 'indexCreation', () => {
          if (this.indexes.has(created)) return apiError('index_already_exists', `Index \`${created}\` already exists.`)
          this.indexes.set(created, new Map())
        })
      }
      case 'DELETE /indexes/:':
        return this.#enqueue(uid, 'indexDeletion', () => {
          if (!this.indexes.delete(uid)) return apiError('index_not_found', `Index \`${uid}\` not found.`)
          this.settings.delete(uid)
        })
      case 'PATCH /indexes/:/settings': {
        const { rankingRules } = body as { rankingRules?: unknown }
        const refused = rankingRules === undefined ? undefined : rankingRulesError(rankingRules)
        if (refused) return [400, apiError('invalid_settings_ranking_rules', refused)]
        return this.#enqueue(uid, 'settingsUpdate', () => {
          this.#index(uid)
          this.settings.set(uid, body)
        })
      }
      case 'POST /indexes/:/documents':
        return this.#enqueue(uid, 'documentAdditionOrUpdate', () => {
          const primaryKey = url.searchParams.get('primaryKey') ?? 'id'
          for (const doc of body as Doc[]) this.#index(uid).set(String(doc[primaryKey]), doc)
        })
      case 'POST /indexes/:/documents/delete-batch':
        return this.#enqueue(uid, 'documentDeletion', () => {
          for (const key of body as string[]) this.indexes.get(uid)?.delete(key)
        })
      case 'POST /indexes/:/documents/delete': {
        let passes: (doc: Doc) => boolean
        try {
          passes = parseFilter((body as { filter: SearchBody['filter'] }).filter)
        } catch (error) {
          return [400, apiError('invalid_document_filter', (error as Error).message)]
        }
        return this.#enqueue(uid, 'documentDeletion', () => {
          const index = this.indexes.get(uid)
          for (const [key, doc] of index ?? []) if (passes(doc)) index!.delete(key)
        })
      }
      case 'POST /swap-indexes':
        return this.#enqueue(null, 'indexSwap', () => {
          for (const { indexes: [a, b] } of body as { indexes: [string, string] }[]) {
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
      case 'GET /indexes/:/documents': {
        const index = this.indexes.get(uid)
        if (!index) return [404, apiError('index_not_found', `Index \`${uid}\` not found.`)]
        const offset = Number(url.searchParams.get('offset') ?? 0)
        const limit = Number(url.searchParams.get('limit') ?? 20)
        const results = [...index.values()].slice(offset, offset + limit)
        return [200, { results, offset, limit, total: index.size }]
      }
      case 'GET /indexes/:/stats': {
        const index = this.indexes.get(uid)
        if (!index) return [404, apiError('index_not_found', `Index \`${uid}\` not found.`)]
        return [200, { numberOfDocuments: index.size, isIndexing: false, fieldDistribution: {} }]
      }
      case 'POST /indexes/:/search':
        return this.#search(uid, body as SearchBody)
      default:
        return [404, apiError('not_found', `No fake route for ${route}`)]
    }
  }

  /**
   * Returns the documents passing the filter whose title or summary contains the query, with `_formatted` as the
   * server gives it ({@link format}).
   */
  #search(uid: string, body: SearchBody): [number, unknown] {
    const { q, limit, offset, highlightPreTag = '<em>', highlightPostTag = '</em>' } = body
    const index = this.indexes.get(uid)
    if (!index) return [404, apiError('index_not_found', `Index \`${uid}\` not found.`)]
    const needle = q.toLowerCase()
    const contains = (value: unknown) => typeof value === 'string' && value.toLowerCase().includes(needle)
    const queryWords = Array.from(needle.matchAll(WORD), (m) => m[0])
    const formatted = (doc: Doc): Doc =>
      Object.fromEntries(
        Object.entries(doc).map(([name, value]) => {
          if (typeof value !== 'string') return [name, value]
          const tags = body.attributesToHighlight?.includes(name) ? { pre: highlightPreTag, post: highlightPostTag } : undefined
          const crop = body.attributesToCrop?.includes(name) ? { length: body.cropLength ?? 10, marker: body.cropMarker ?? '…' } : undefined
          return [name, tags || crop ? format(value, queryWords, tags, crop) : value]
        }),
      )
    let passes: (doc: Doc) => boolean
    try {
      passes = parseFilter(body.filter)
    } catch (error) {
      return [400, apiError('invalid_search_filter', (error as Error).message)]
    }
    const { rankingRules, distinctAttribute } = (this.settings.get(uid) ?? {}) as { rankingRules?: unknown; distinctAttribute?: string }
    const sorted = sortBy(
      [...index.values()].filter((doc) => passes(doc) && (contains(doc.title) || contains(doc.summary))),
      orderRules(rankingRules, body.sort),
    )
    // The first of the documents sharing a value of the distinct attribute; those without one are all kept.
    const seen = new Set<unknown>()
    const matching = distinctAttribute === undefined ? sorted : sorted.filter((doc) => {
      const value = valueAt(doc, distinctAttribute)
      if (value === undefined) return true
      if (seen.has(value)) return false
      seen.add(value)
      return true
    })
    const hits = matching.slice(offset, offset + limit).map(({ body: _body, key: _key, ...doc }) => ({
      ...doc,
      _formatted: formatted(doc),
    }))
    const answer = { hits, query: q, processingTimeMs: 3, limit, offset, estimatedTotalHits: matching.length }
    return [200, body.facets ? { ...answer, facetDistribution: distribution(matching, body.facets) } : answer]
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
