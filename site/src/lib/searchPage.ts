import type { SearchResult } from '@congkhai/search'
import { searchEngine } from './search'

/** Results per page of `/tim-kiem`. */
export const SEARCH_PAGE_SIZE = 10

/** What the search page shows for a request: the query, the page, and the result or the failure. */
export interface SearchPageState {
  q: string
  page: number
  pages: number
  result?: SearchResult
  failed: boolean
}

/**
 * Runs the search a `/tim-kiem?q=…&trang=…` request asks for.
 *
 * @remarks The index holds the Vietnamese content only, so English pages search it too and show its results.
 */
export async function searchFromUrl(url: URL): Promise<SearchPageState> {
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200)
  const page = Math.max(1, Math.min(500, Number(url.searchParams.get('trang')) || 1))
  if (!q) return { q, page, pages: 0, failed: false }
  try {
    const result = await searchEngine().search({ q, locale: 'vi', limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE })
    return { q, page, pages: Math.ceil(result.total / SEARCH_PAGE_SIZE), result, failed: false }
  } catch (err) {
    console.error(`search page: ${(err as Error).message}`)
    return { q, page, pages: 0, failed: true }
  }
}
