import { Meilisearch } from 'meilisearch'

/**
 * Actions of the key the indexer writes with: add, read back and delete documents, apply settings, build an index
 * beside the live one and swap it in, follow tasks, count records
 * (https://www.meilisearch.com/docs/capabilities/security/how_to/manage_api_keys).
 */
export const WRITE_ACTIONS = [
  'documents.add',
  'documents.get',
  'documents.delete',
  'indexes.create',
  'indexes.delete',
  'indexes.swap',
  'settings.update',
  'tasks.get',
  'stats.get',
] as const

/** The two keys congkhai uses: one that only searches, one that only maintains the index. */
export interface MeilisearchKeys {
  /** `search` on the site's index only: `MEILISEARCH_SEARCH_KEY`. */
  searchKey: string
  /** {@link WRITE_ACTIONS} on the site's index and the one `replaceAll` builds beside it: `MEILISEARCH_WRITE_KEY`. */
  writeKey: string
}

/**
 * Creates, with the master key, a search-only key and a write key scoped to one index (`npm run search:keys`).
 *
 * @remarks The master key opens every route, key management included, and Meilisearch's docs say to use it only to
 * manage keys (https://www.meilisearch.com/docs/resources/self_hosting/security/master_api_keys); so it is read by this set-up step alone
 * and neither the site nor the CMS is ever given it. The write key covers `${indexUid}_next` because `replaceAll`
 * builds the new index there, and swapping needs access to both indexes.
 */
export async function createMeilisearchKeys(options: { host: string; masterKey: string; indexUid: string }): Promise<MeilisearchKeys> {
  const client = new Meilisearch({ host: options.host, apiKey: options.masterKey })
  const search = await client.createKey({
    name: `congkhai-search-${options.indexUid}`,
    description: 'congkhai site: search only',
    actions: ['search'],
    indexes: [options.indexUid],
    expiresAt: null,
  })
  const write = await client.createKey({
    name: `congkhai-write-${options.indexUid}`,
    description: 'congkhai indexer: documents, settings, index swap, tasks',
    actions: [...WRITE_ACTIONS],
    indexes: [options.indexUid, `${options.indexUid}_next`],
    expiresAt: null,
  })
  return { searchKey: search.key, writeKey: write.key }
}
