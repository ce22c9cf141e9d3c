/**
 * The most an anonymous REST read may ask for.
 *
 * @remarks Sized for a page-sized read, not for copying the database: anonymous readers are the public and the
 * site's request-time pages, which read one document or one list page (the site's build and publish read with the
 * authenticated build account, which has no caps). Measured on the demo seed before these caps,
 * `GET /api/legal-documents?depth=10&limit=1000` answered 44 MB in 5.7 s, eight at once 55 s each while
 * `/api/health` waited up to 27 s (issue 18, hole 2).
 * - `depth` 2: a document, its relations, and their names (a legal document's field or agency, a news item's cover
 *   image); every further level multiplies the documents built by the relations of each. A list longer than
 *   `longList` (20) gets depth 0, its relations as ids, and must say so (a list without `depth` is read at Payload's
 *   default of 2): 100 legal documents at depth 2 weighed 5 MB and took 0.45 s to build, and eight clients asking for
 *   them kept `/api/health` waiting 0.3 s at p95; at depth 1 (3.2 MB, each amended document built in full) the CMS
 *   grew 135 MB over idle, past the 100 MB the issue allows (`npm run bench:abuse`).
 * - `limit` 100: the largest list page the site shows (100 procedures a page); 0 means "all" to Payload, so it is
 *   refused too, like `pagination=false`.
 * - `joins[…][limit]` 10: Payload's own default for a join; 0 means all of them.
 * - `page` 1,000: with 100 a page, 100,000 documents, more than any agency publishes; past it only the offset grows.
 * - the query string 4,096 characters: a list of 100 ids (`where[id][in]=…`) takes under 1,000, and long `where`
 *   clauses of `like` terms are the costly kind of query.
 */
export const ANONYMOUS_READ_CAPS = { depth: 2, longList: 20, longListDepth: 0, limit: 100, joinLimit: 10, page: 1000, queryLength: 4096 } as const

/** A refusal: the cap that was passed and the Vietnamese (then English) message that names it. */
export interface CapRefusal {
  cap: string
  message: string
}

const refuse = (cap: string, vi: string, en: string): CapRefusal => ({ cap, message: `${vi} (${en})` })

/** Query parameters Payload reads as numbers or booleans: each may appear once, as itself (not `depth[]=…`). */
const SCALAR_PARAMS = ['depth', 'limit', 'page', 'pagination'] as const

function wholeNumber(value: string): number | undefined {
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined
}

/**
 * Why an anonymous read with this query string goes past `ANONYMOUS_READ_CAPS`, or `null` when it stays within them.
 *
 * @remarks Works on the raw `URLSearchParams`, stricter than Payload's own parsing (qs): a parameter that qs would
 * read as a number from a form these checks do not know (`depth[]=10`, `depth=1&depth=10`) is refused rather than
 * guessed at.
 */
export function checkAnonymousRead(search: URLSearchParams, rawQuery: string, isList: boolean): CapRefusal | null {
  const caps = ANONYMOUS_READ_CAPS
  if (rawQuery.length > caps.queryLength) {
    return refuse('query', `Chuỗi truy vấn dài quá ${caps.queryLength} ký tự`, `query string longer than ${caps.queryLength} characters`)
  }
  for (const name of SCALAR_PARAMS) {
    const keys = [...search.keys()].filter((key) => key === name || key.startsWith(`${name}[`))
    if (keys.length > 1 || keys.some((key) => key !== name)) {
      return refuse(name, `Tham số ${name} chỉ được ghi một lần, dạng ${name}=…`, `${name} may be given once, as ${name}=…`)
    }
  }
  const depth = search.get('depth')
  if (depth !== null && !((wholeNumber(depth) ?? Infinity) <= caps.depth)) {
    return refuse('depth', `depth tối đa là ${caps.depth} khi không đăng nhập`, `depth is at most ${caps.depth} without signing in`)
  }
  const limit = search.get('limit')
  if (limit !== null) {
    const n = wholeNumber(limit)
    if (n === undefined || n < 1 || n > caps.limit) {
      return refuse('limit', `limit phải từ 1 đến ${caps.limit} khi không đăng nhập`, `limit must be 1 to ${caps.limit} without signing in`)
    }
    // No depth means Payload's default, 2.
    if (isList && n > caps.longList && (depth === null || Number(depth) > caps.longListDepth)) {
      return refuse('depth', `depth tối đa là ${caps.longListDepth} cho danh sách quá ${caps.longList} mục khi không đăng nhập`, `depth is at most ${caps.longListDepth} for lists longer than ${caps.longList} without signing in`)
    }
  }
  const page = search.get('page')
  if (page !== null) {
    const n = wholeNumber(page)
    if (n === undefined || n < 1 || n > caps.page) {
      return refuse('page', `page phải từ 1 đến ${caps.page} khi không đăng nhập`, `page must be 1 to ${caps.page} without signing in`)
    }
  }
  const pagination = search.get('pagination')
  if (pagination !== null && pagination !== 'true') {
    return refuse('pagination', 'Không được tắt phân trang (pagination=false) khi không đăng nhập', 'pagination=false needs signing in')
  }
  for (const [key, value] of search) {
    if (!key.startsWith('joins')) continue
    if (key === 'joins' && value === 'false') continue
    const join = /^joins\[[^\][]+\]\[(limit|page|sort|count|where)\]/.exec(key)
    if (!join) {
      return refuse('joins', 'Tham số joins không hợp lệ; chỉ dùng joins=false hoặc joins[tên][limit]=…', 'joins must be joins=false or joins[name][limit]=…')
    }
    if (join[1] === 'limit' || join[1] === 'page') {
      const n = wholeNumber(value)
      const max = join[1] === 'limit' ? caps.joinLimit : caps.page
      if (key !== join[0] || n === undefined || n < 1 || n > max) {
        return refuse('joins', `joins[…][${join[1]}] phải từ 1 đến ${max} khi không đăng nhập`, `joins[…][${join[1]}] must be 1 to ${max} without signing in`)
      }
    }
  }
  return null
}
