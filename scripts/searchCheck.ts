/**
 * `npm run search:check`: compares the search index with what the running CMS publishes (one record per document and
 * locale) and lists missing, extra and stale records. Exits with 1 when any index differs, 2 when it cannot check.
 */
import { checkIndex, describeDifferences, hasDifferences } from '@congkhai/site/indexCheck'
import { publishedRecords } from '@congkhai/site/indexer'
import { indexTargets } from '@congkhai/site/search'

try {
  const published = await publishedRecords(console.log)
  let differs = false
  for (const engine of indexTargets()) {
    const differences = await checkIndex(engine, published)
    const lines = describeDifferences(differences)
    console.log(`search:check: ${engine.name}: ${lines.length === 0 ? `in step (${published.length} records)` : 'differs from the published content'}`)
    for (const line of lines) console.log(`  ${line}`)
    differs ||= hasDifferences(differences)
  }
  if (differs) console.log('search:check: run `npm run reindex` to rebuild the index.')
  process.exitCode = differs ? 1 : 0
} catch (err) {
  console.error(`search:check: failed: ${(err as Error).message}\nIs the CMS running (npm start)?`)
  process.exitCode = 2
}
