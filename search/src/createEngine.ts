import { searchConfig, type SearchConfig } from './config'
import { EmbeddedEngine } from './EmbeddedEngine'
import { MeilisearchEngine } from './MeilisearchEngine'
import type { SearchEngine } from './SearchEngine'
import { ThreadedEngine } from './ThreadedEngine'

/**
 * Returns the Meilisearch engine when `MEILISEARCH_HOST` is set, the embedded engine on the snapshot file otherwise.
 *
 * @remarks The embedded default needs no services, so a fresh checkout searches without configuration.
 */
export function createEngine(config: SearchConfig = searchConfig): SearchEngine {
  if (config.MEILISEARCH_HOST !== undefined) {
    return new MeilisearchEngine({
      host: config.MEILISEARCH_HOST,
      apiKey: config.MEILISEARCH_WRITE_KEY,
      searchKey: config.MEILISEARCH_SEARCH_KEY,
      indexUid: config.MEILISEARCH_INDEX,
      maxPayloadBytes: config.MEILISEARCH_MAX_PAYLOAD_BYTES,
    })
  }
  return createEmbeddedEngine(config)
}

/**
 * Returns the embedded engine on the snapshot file, answered by `SEARCH_THREADS` worker threads
 * ({@link ThreadedEngine}), or in the calling thread when that is 0.
 */
export function createEmbeddedEngine(config: SearchConfig = searchConfig): SearchEngine {
  const options = { snapshotPath: config.SEARCH_SNAPSHOT_PATH, cacheSize: config.SEARCH_CACHE_SIZE }
  return config.SEARCH_THREADS > 0 ? new ThreadedEngine({ ...options, threads: config.SEARCH_THREADS }) : new EmbeddedEngine(options)
}
