/**
 * Test helpers for tests outside this package: the small index records the engine tests share (the benchmarks' own),
 * and the Meilisearch stand-in (the site's tests of publishing through a Meilisearch outage).
 */
export { fixtures } from './fixtures'
export { FakeMeilisearch, type FakeMeilisearchOptions } from './FakeMeilisearch'
