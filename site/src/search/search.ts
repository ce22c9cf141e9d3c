import {
  createEmbeddedEngine,
  createEngine,
  FACET_NAMES,
  searchConfig,
  searchJson,
  withFallback,
  withWriteQueue,
  type SearchEngine,
  type SearchQuery,
} from '@congkhai/search'
import { z } from 'zod'
import { processState } from '../processState'

/** The engines of this process: the one searches read, and every one the indexer writes to. */
interface Engines {
  reader: SearchEngine
  /** What publishing writes to: the embedded index first, then Meilisearch's writes queued. */
  targets: SearchEngine[]
  /** The same engines written directly, each write failing if its engine does: for `npm run reindex`. */
  direct: SearchEngine[]
}

/**
 * The search engines of this process, created on first use.
 *
 * @remarks Process state (`processState()`) because the site server imports every new build's bundle into the same
 * process: each bundle has its own copy of this module, but the indexer and every bundle's searches must share one
 * embedded index. Sharing it means a published change is searchable the moment the indexer applies it, with no
 * snapshot to reload (seconds at 10,000 documents) and one copy of the index in memory instead of one per build. With
 * Meilisearch configured, reads fall back to the embedded index during a Meilisearch outage; the indexer writes the
 * embedded index first and only queues Meilisearch's writes (`withWriteQueue`), so an outage neither stops publishing
 * nor leaves the fallback stale, and Meilisearch catches up when it is back.
 */
function engines(): Engines {
  return processState('searchEngines', (): Engines => {
    const embedded = createEmbeddedEngine()
    if (!searchConfig.MEILISEARCH_HOST) return { reader: embedded, targets: [embedded], direct: [embedded] }
    const meilisearch = createEngine()
    const reader = withFallback(meilisearch, embedded, (message, error) =>
      console.warn(`search: ${message}: ${(error as Error)?.message ?? error}`),
    )
    return { reader, targets: [embedded, withWriteQueue(meilisearch)], direct: [embedded, meilisearch] }
  })
}

/** The engine `/api/search` and `/tim-kiem` read from. */
export function searchEngine(): SearchEngine {
  return engines().reader
}

/**
 * Every engine the indexer writes to: the embedded snapshot always, then Meilisearch too when configured, its writes
 * queued and retried unless `direct` (a command that must report a failure, such as `npm run reindex`).
 *
 * @remarks Writing the snapshot even when Meilisearch is primary is what makes the read fallback current.
 */
export function indexTargets(options: { direct?: boolean } = {}): SearchEngine[] {
  return options.direct ? engines().direct : engines().targets
}

const text = (label: string) =>
  z
    .array(z.string().trim().min(1, `${label} không được để trống.`).max(200, `${label} tối đa 200 ký tự.`))
    .max(20, `Chọn tối đa 20 giá trị cho ${label.toLowerCase()}.`)

/**
 * Parameters of `/api/search`, with messages in Vietnamese; facet parameters may be repeated (`year=2020&year=2021`).
 *
 * @remarks Values of one facet widen the results, different facets narrow them, as in the engine's `SearchFilters`.
 */
export const searchRequestSchema = z.object({
  q: z.string().trim().max(200, 'Từ khóa tối đa 200 ký tự.').default(''),
  locale: z.enum(['vi', 'en'], { error: 'Ngôn ngữ phải là vi hoặc en.' }).default('vi'),
  type: z.array(z.enum(['legal-document', 'procedure', 'news', 'question'], { error: 'Loại nội dung không hợp lệ.' })).max(4).optional(),
  field: text('Lĩnh vực').optional(),
  documentType: text('Loại văn bản').optional(),
  issuer: text('Cơ quan ban hành').optional(),
  status: text('Tình trạng hiệu lực').optional(),
  level: text('Cấp thực hiện').optional(),
  year: z
    .array(z.coerce.number({ error: 'Năm phải là số, ví dụ 2020.' }).int('Năm phải là số nguyên.').min(1900, 'Năm không hợp lệ.').max(2100, 'Năm không hợp lệ.'))
    .max(20, 'Chọn tối đa 20 năm.')
    .optional(),
  facets: z
    .array(z.enum([...FACET_NAMES, 'none'], { error: `Chỉ đếm được các nhóm ${FACET_NAMES.join(', ')}, hoặc none.` }))
    .max(FACET_NAMES.length, `Chọn tối đa ${FACET_NAMES.length} nhóm để đếm.`)
    .optional(),
  sort: z.enum(['relevance', 'newest', 'oldest'], { error: 'Cách sắp xếp phải là relevance, newest hoặc oldest.' }).default('relevance'),
  limit: z.coerce.number({ error: 'limit phải là số.' }).int('limit phải là số nguyên.').min(1, 'limit tối thiểu là 1.').max(100, 'limit tối đa là 100.').default(10),
  offset: z.coerce.number({ error: 'offset phải là số.' }).int('offset phải là số nguyên.').min(0, 'offset không được âm.').max(10_000, 'offset tối đa là 10000.').default(0),
})

/** One problem with a request parameter, named as in the URL. */
export interface ParameterIssue {
  field: string
  message: string
}

/**
 * Validates `/api/search` parameters and turns them into a query, with every facet's counts unless `facets` names
 * those wanted (`facets=type&facets=year`) or `none`.
 *
 * @remarks Scalar parameters take their first value; facet parameters keep every value. Unknown parameters are
 * ignored, so links with tracking parameters still work. `facets=none` spares a caller that shows no counts (the
 * feedback form's procedure suggestions, a request a keystroke) the counting and the bytes.
 */
export function parseSearchRequest(params: URLSearchParams): { query: SearchQuery } | { issues: ParameterIssue[] } {
  const raw: Record<string, unknown> = {}
  for (const name of ['q', 'locale', 'sort', 'limit', 'offset']) {
    const value = params.get(name)
    if (value !== null) raw[name] = value
  }
  for (const name of [...FACET_NAMES, 'facets']) {
    const values = params.getAll(name)
    if (values.length > 0) raw[name] = values
  }
  const parsed = searchRequestSchema.safeParse(raw)
  if (!parsed.success) {
    return { issues: parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? ''), message: issue.message })) }
  }
  const { q, locale, sort, limit, offset, facets = FACET_NAMES, ...filters } = parsed.data
  return { query: { q, locale, filters, facets: FACET_NAMES.filter((name) => facets.includes(name)), sort, limit, offset } }
}

/** Headers of every `/api/search` answer. */
export const SEARCH_ANSWER_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } as const

/**
 * Answers `/api/search` parameters with JSON text: a page of results, 400 with each bad parameter, or 503 when the
 * engine fails.
 *
 * @remarks Used by the Astro route and by the site server, which answers `/api/search` itself
 * (site/src/publish/host.ts): at hundreds of searches a second, building a `Request` and a `Response` per search
 * cost the serving thread more than the search does in its worker thread.
 */
export async function answerSearch(params: URLSearchParams): Promise<{ status: number; body: string }> {
  const parsed = parseSearchRequest(params)
  if ('issues' in parsed) {
    return { status: 400, body: JSON.stringify({ error: 'Tham số tìm kiếm không hợp lệ.', issues: parsed.issues }) }
  }
  try {
    return { status: 200, body: await searchJson(searchEngine(), parsed.query) }
  } catch (err) {
    console.error(`search: ${(err as Error).message}`)
    return { status: 503, body: JSON.stringify({ error: 'Tìm kiếm tạm thời không hoạt động, vui lòng thử lại sau.' }) }
  }
}
