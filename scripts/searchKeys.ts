/**
 * `npm run search:keys`: makes, with the Meilisearch master key (`MEILI_MASTER_KEY`), the two scoped keys congkhai
 * uses, and prints them as lines for `.env`: `MEILISEARCH_SEARCH_KEY` (search only, the site's searches) and
 * `MEILISEARCH_WRITE_KEY` (the indexer's writes). The master key itself is then needed by nothing else.
 */
import { createMeilisearchKeys, searchConfig } from '@congkhai/search'

const { MEILISEARCH_HOST: host, MEILI_MASTER_KEY: masterKey, MEILISEARCH_INDEX: indexUid } = searchConfig
if (!host || !masterKey) {
  console.error('search:keys: đặt MEILISEARCH_HOST và MEILI_MASTER_KEY trước (set MEILISEARCH_HOST and MEILI_MASTER_KEY first).')
  process.exit(1)
}
try {
  const { searchKey, writeKey } = await createMeilisearchKeys({ host, masterKey, indexUid })
  console.log(`MEILISEARCH_SEARCH_KEY=${searchKey}\nMEILISEARCH_WRITE_KEY=${writeKey}`)
} catch (err) {
  console.error(`search:keys: không tạo được khóa (could not create the keys): ${(err as Error).message}`)
  process.exit(1)
}
