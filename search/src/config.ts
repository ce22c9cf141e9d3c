import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

/**
 * Finds the repository root: the nearest folder above this module whose package.json declares workspaces.
 *
 * @remarks Walking up, rather than a fixed `../..`, still finds the root when a bundler (Astro, Next.js) has moved
 * this module into a build folder inside the repository.
 */
function findRepoRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  for (let dir = here; dirname(dir) !== dir; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json')
    try {
      if (existsSync(manifest) && 'workspaces' in JSON.parse(readFileSync(manifest, 'utf8'))) return dir
    } catch {
      // An unreadable package.json belongs to no workspace root; keep walking up.
    }
  }
  return resolve(here, '../..')
}

const repoRoot = findRepoRoot()

const schema = z.object({
  MEILISEARCH_HOST: z
    // Not z.httpUrl(): it rejects single-label hosts such as localhost or the compose service name meilisearch.
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. http://127.0.0.1:7700' })
    .optional(),
  // Keys made by `npm run search:keys` (createMeilisearchKeys): the site searches with one, the indexer writes with the
  // other, and neither is the master key.
  MEILISEARCH_SEARCH_KEY: z.string().optional(),
  MEILISEARCH_WRITE_KEY: z.string().optional(),
  MEILISEARCH_API_KEY: z
    .undefined({ error: 'is no longer read: run `npm run search:keys` and set MEILISEARCH_SEARCH_KEY and MEILISEARCH_WRITE_KEY' })
    .optional(),
  // Read only by `npm run search:keys`, which makes the two keys above with it; never given to the site or the CMS.
  MEILI_MASTER_KEY: z.string().optional(),
  MEILISEARCH_MAX_PAYLOAD_BYTES: z.coerce
    .number({ error: 'must be a whole number of bytes, e.g. 104857600 (the server\'s --http-payload-size-limit)' })
    .int('must be a whole number of bytes, e.g. 104857600 (the server\'s --http-payload-size-limit)')
    .min(1024, 'must be at least 1024 bytes')
    .default(100 * 1024 * 1024),
  MEILISEARCH_INDEX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,400}$/, 'may only contain letters, digits, - and _')
    .default('congkhai'),
  SEARCH_SNAPSHOT_PATH: z
    .string()
    .transform((path) => resolve(repoRoot, path)),
  SEARCH_CACHE_SIZE: z.coerce
    .number({ error: 'must be a whole number, e.g. 1000 (0 turns the cache off)' })
    .int('must be a whole number, e.g. 1000 (0 turns the cache off)')
    .min(0, 'must be a whole number, e.g. 1000 (0 turns the cache off)')
    .default(1000),
  SEARCH_THREADS: z.coerce
    .number({ error: 'must be a whole number from 0 to 16, e.g. 2 (0 searches in the server thread)' })
    .int('must be a whole number from 0 to 16, e.g. 2 (0 searches in the server thread)')
    .min(0, 'must be a whole number from 0 to 16, e.g. 2 (0 searches in the server thread)')
    .max(16, 'must be a whole number from 0 to 16, e.g. 2 (0 searches in the server thread)')
    // One: a search at the 10k benchmark dataset costs about 1 ms of CPU, so one thread answers the 300 a second of
    // the latency target with most of a core to spare, and each thread holds its own copy of the index (its postings
    // packed in typed arrays: about 400 MB resident at that dataset's 20,000 records). More threads answer more
    // searches a second on more cores, at that much memory each (docs/benchmarks.md, "Memory").
    .default(1),
})

/** Validated search settings; see {@link searchConfig}. */
export type SearchConfig = Readonly<z.infer<typeof schema>>

/**
 * Validates search settings from an environment, throwing one error that lists every bad variable.
 *
 * @remarks Empty values count as unset, so a copied `.env.example` with blank lines keeps the embedded defaults.
 * A relative `SEARCH_SNAPSHOT_PATH` is resolved against the repository root, not the working directory, so the CMS
 * and the site agree on one file wherever they are started from.
 */
export function parseSearchConfig(env: Readonly<Record<string, string | undefined>>): SearchConfig {
  const values = Object.fromEntries(Object.keys(schema.shape).map((name) => [name, env[name] || undefined]))
  // Beside the rest of the installation's data, wherever DATA_DIR is.
  values.SEARCH_SNAPSHOT_PATH ??= join(env.DATA_DIR || '.data', 'search/index.json')
  const result = schema.safeParse(values)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid search configuration:\n${problems.join('\n')}`)
  }
  return Object.freeze(result.data)
}

/**
 * Search settings read once from the environment: `MEILISEARCH_HOST`, `MEILISEARCH_SEARCH_KEY` (search only),
 * `MEILISEARCH_WRITE_KEY` (the indexer's), `MEILI_MASTER_KEY` (`npm run search:keys` only), `MEILISEARCH_INDEX`,
 * `MEILISEARCH_MAX_PAYLOAD_BYTES` (the server's payload limit, default 100 MB),
 * `SEARCH_SNAPSHOT_PATH` (default `DATA_DIR/search/index.json`, `DATA_DIR` being `<repo root>/.data` unless set), `SEARCH_CACHE_SIZE` (recent results the embedded
 * engine keeps, default 1000), `SEARCH_THREADS` (worker threads answering embedded searches, each with a copy of the
 * index; default 1; 0 answers in the calling thread).
 */
export const searchConfig: SearchConfig = parseSearchConfig(process.env)
