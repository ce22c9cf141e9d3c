import { FACET_NAMES, type FacetName, type Locale, type SearchResult, type SearchSort } from '@congkhai/search'
import { parseSearchRequest, searchEngine, type ParameterIssue } from './search'
import { searchLimiter } from './searchLimit'

/** Results per page of `/tim-kiem`. */
export const SEARCH_PAGE_SIZE = 10

/** What the search page shows for a request: the query, its filters, the page, and the result or the failure. */
export interface SearchPageState {
  q: string
  sort: SearchSort
  /** The facet values ticked, by facet, as they appear in the URL. */
  selected: Partial<Record<FacetName, string[]>>
  page: number
  pages: number
  result?: SearchResult
  /** Parameters that could not be understood (a hand-edited URL); the page says which and searches nothing. */
  issues?: ParameterIssue[]
  failed: boolean
  /** Set when the client's address is over the search limit: the seconds before it may search again. */
  limited?: number
}

/**
 * Runs the search a `/tim-kiem?q=…&field=…&sort=…&trang=…` request asks for, with the count of every facet value.
 *
 * @remarks The parameters are those of `/api/search` (one validation for both), with `trang` for the page number.
 * A blank query with filters lists what passes them; a blank query without filters shows the empty form.
 * Each page searches the index's records of its own language. A search counts against `address`'s share of the
 * search limit (`searchLimit.ts`), which `/api/search` counts too; the empty form does not.
 */
export async function searchFromUrl(url: URL, locale: Locale, address: string): Promise<SearchPageState> {
  const params = new URLSearchParams(url.searchParams)
  params.set('locale', locale)
  const page = Math.max(1, Math.min(500, Number(params.get('trang')) || 1))
  params.delete('trang')
  params.set('limit', String(SEARCH_PAGE_SIZE))
  params.set('offset', String((page - 1) * SEARCH_PAGE_SIZE))
  const selected: SearchPageState['selected'] = {}
  for (const name of FACET_NAMES) {
    const values = params.getAll(name).filter(Boolean)
    if (values.length > 0) selected[name] = values
  }
  const q = (params.get('q') ?? '').trim().slice(0, 200)
  const sortParam = params.get('sort')
  const sort: SearchSort = sortParam === 'newest' || sortParam === 'oldest' ? sortParam : 'relevance'
  const state: SearchPageState = { q, sort, selected, page, pages: 0, failed: false }

  const parsed = parseSearchRequest(params)
  if ('issues' in parsed) return { ...state, issues: parsed.issues }
  if (!q && Object.keys(selected).length === 0) return state
  const wait = searchLimiter.take(address)
  if (wait > 0) return { ...state, limited: wait }
  try {
    const result = await searchEngine().search(parsed.query)
    return { ...state, result, pages: Math.ceil(result.total / SEARCH_PAGE_SIZE) }
  } catch (err) {
    console.error(`search page: ${(err as Error).message}`)
    return { ...state, failed: true }
  }
}

/** The query string of a search page with the same query, filters and sort, on page `page`. */
export function searchPageQuery(state: SearchPageState, page: number): string {
  const params = new URLSearchParams({ q: state.q })
  for (const [name, values] of Object.entries(state.selected)) for (const value of values) params.append(name, value)
  if (state.sort !== 'relevance') params.set('sort', state.sort)
  if (page > 1) params.set('trang', String(page))
  return params.toString()
}
