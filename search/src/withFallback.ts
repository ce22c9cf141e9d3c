import type { SearchEngine, SearchQuery, SearchResult } from './SearchEngine'

/**
 * Wraps an engine so that reads answer from `fallback` while `primary` fails; writes always go to `primary`.
 *
 * @remarks Lets `/api/search` keep answering during a Meilisearch outage. `log` is called once when the primary
 * starts failing and not again until it has answered successfully in between.
 */
export function withFallback(
  primary: SearchEngine,
  fallback: SearchEngine,
  log: (message: string, error: unknown) => void = console.warn,
): SearchEngine {
  let failing = false
  async function read<T>(attempt: () => Promise<T>, rescue: () => Promise<T>): Promise<T> {
    try {
      const value = await attempt()
      failing = false
      return value
    } catch (error) {
      if (!failing) log(`Search engine "${primary.name}" failed; answering from "${fallback.name}"`, error)
      failing = true
      return rescue()
    }
  }
  return {
    name: primary.name,
    upsert: (docs) => primary.upsert(docs),
    remove: (ids) => primary.remove(ids),
    replaceAll: (docs, options) => primary.replaceAll(docs, options),
    search: (query: SearchQuery): Promise<SearchResult> =>
      read(() => primary.search(query), () => fallback.search(query)),
    count: () => read(() => primary.count(), () => fallback.count()),
    documents: () => primary.documents(),
  }
}
