/**
 * `npm run reindex`: rebuilds the search index from everything the running CMS publishes.
 * A running site picks the new index up by itself.
 */
import { reindexAll } from '@congkhai/site/indexer'
import { indexTargets } from '@congkhai/site/search'

const started = Date.now()
try {
  const count = await reindexAll(indexTargets(), console.log)
  console.log(`index: ${count} records in ${((Date.now() - started) / 1000).toFixed(1)} s`)
} catch (err) {
  console.error(`index: failed: ${(err as Error).message}\nIs the CMS running (npm start)?`)
  process.exit(1)
}
