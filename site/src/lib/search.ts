import { createEngine, EmbeddedEngine, searchConfig, withFallback, type SearchEngine } from '@congkhai/search'

let reader: SearchEngine | undefined

/**
 * The engine `/api/search` and `/tim-kiem` read from.
 *
 * @remarks With Meilisearch configured, reads fall back to the embedded snapshot (kept in step by the indexer)
 * so search keeps answering during a Meilisearch outage.
 */
export function searchEngine(): SearchEngine {
  reader ??= searchConfig.MEILISEARCH_HOST
    ? withFallback(createEngine(), new EmbeddedEngine({ snapshotPath: searchConfig.SEARCH_SNAPSHOT_PATH }), (message, error) =>
        console.warn(`search: ${message}: ${(error as Error)?.message ?? error}`),
      )
    : createEngine()
  return reader
}

/**
 * Every engine the indexer writes to: the embedded snapshot always, Meilisearch too when configured.
 *
 * @remarks Writing the snapshot even when Meilisearch is primary is what makes the read fallback current.
 */
export function indexTargets(): SearchEngine[] {
  const embedded = new EmbeddedEngine({ snapshotPath: searchConfig.SEARCH_SNAPSHOT_PATH })
  return searchConfig.MEILISEARCH_HOST ? [createEngine(), embedded] : [embedded]
}
