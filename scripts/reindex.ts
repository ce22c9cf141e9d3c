/**
 * `npm run reindex`: rebuilds the search index from everything the running CMS publishes, one record per document and
 * locale, into a fresh index that is swapped in at the end (embedded: a new snapshot renamed over the old one;
 * Meilisearch: a temporary index and `swapIndexes`). The running site answers from the old index until then and picks
 * the new one up by itself. Meilisearch is written directly, not through the site's write queue, so a failure shows
 * here.
 */
import { reindexAll } from '@congkhai/site/indexer'
import { indexTargets } from '@congkhai/site/search'

const started = Date.now()
try {
  const count = await reindexAll(indexTargets({ direct: true }), console.log)
  console.log(`index: ${count} records in ${((Date.now() - started) / 1000).toFixed(1)} s`)
} catch (err) {
  console.error(`index: failed: ${(err as Error).message}\nIs the CMS running (npm start)?`)
  process.exit(1)
}
