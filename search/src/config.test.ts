import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseSearchConfig, searchConfig } from './config'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '')

describe('parseSearchConfig', () => {
  it('needs no variables for the embedded setup', () => {
    expect(parseSearchConfig({})).toEqual({
      MEILISEARCH_INDEX: 'congkhai',
      MEILISEARCH_MAX_PAYLOAD_BYTES: 100 * 1024 * 1024,
      SEARCH_SNAPSHOT_PATH: `${repoRoot}/.data/search/index.json`,
      SEARCH_CACHE_SIZE: 1000,
      SEARCH_THREADS: 1,
    })
  })

  it('takes a number of search threads from 0 to 16', () => {
    expect(parseSearchConfig({ SEARCH_THREADS: '0' }).SEARCH_THREADS).toBe(0)
    expect(parseSearchConfig({ SEARCH_THREADS: '4' }).SEARCH_THREADS).toBe(4)
    expect(() => parseSearchConfig({ SEARCH_THREADS: '-1' })).toThrow(/SEARCH_THREADS: must be a whole number from 0 to 16/)
    expect(() => parseSearchConfig({ SEARCH_THREADS: 'two' })).toThrow(/SEARCH_THREADS: must be a whole number from 0 to 16/)
  })

  it('takes a result cache size, 0 turning the cache off, and rejects anything else', () => {
    expect(parseSearchConfig({ SEARCH_CACHE_SIZE: '0' }).SEARCH_CACHE_SIZE).toBe(0)
    expect(() => parseSearchConfig({ SEARCH_CACHE_SIZE: 'many' })).toThrow(/SEARCH_CACHE_SIZE: must be a whole number/)
  })

  it('treats empty values as unset', () => {
    expect(parseSearchConfig({ MEILISEARCH_HOST: '', MEILISEARCH_INDEX: '' }).MEILISEARCH_HOST).toBeUndefined()
  })

  it('reads the Meilisearch variables', () => {
    const config = parseSearchConfig({
      MEILISEARCH_HOST: 'http://127.0.0.1:7700',
      MEILISEARCH_SEARCH_KEY: 'search-key',
      MEILISEARCH_WRITE_KEY: 'write-key',
      MEILISEARCH_INDEX: 'congkhai_staging',
    })
    expect(config).toMatchObject({
      MEILISEARCH_HOST: 'http://127.0.0.1:7700',
      MEILISEARCH_SEARCH_KEY: 'search-key',
      MEILISEARCH_WRITE_KEY: 'write-key',
      MEILISEARCH_INDEX: 'congkhai_staging',
      MEILISEARCH_MAX_PAYLOAD_BYTES: 100 * 1024 * 1024,
    })
  })

  it('refuses the old single key, which was the master key, saying what replaces it', () => {
    expect(() => parseSearchConfig({ MEILISEARCH_API_KEY: 'master-key' })).toThrow(
      /MEILISEARCH_API_KEY: is no longer read: run `npm run search:keys` and set MEILISEARCH_SEARCH_KEY and MEILISEARCH_WRITE_KEY/,
    )
  })

  it('resolves a relative snapshot path against the repository root', () => {
    expect(parseSearchConfig({ SEARCH_SNAPSHOT_PATH: 'tmp/index.json' }).SEARCH_SNAPSHOT_PATH).toBe(
      `${repoRoot}/tmp/index.json`,
    )
    expect(parseSearchConfig({ SEARCH_SNAPSHOT_PATH: '/srv/index.json' }).SEARCH_SNAPSHOT_PATH).toBe('/srv/index.json')
  })

  it('keeps the snapshot in DATA_DIR unless told otherwise, wherever DATA_DIR is', () => {
    expect(parseSearchConfig({ DATA_DIR: '/var/lib/congkhai' }).SEARCH_SNAPSHOT_PATH).toBe('/var/lib/congkhai/search/index.json')
    expect(parseSearchConfig({ DATA_DIR: '/var/lib/congkhai', SEARCH_SNAPSHOT_PATH: '/srv/index.json' }).SEARCH_SNAPSHOT_PATH).toBe('/srv/index.json')
  })

  it('lists every bad variable in one error', () => {
    const parse = () => parseSearchConfig({ MEILISEARCH_HOST: 'localhost:7700', MEILISEARCH_INDEX: 'công khai' })
    expect(parse).toThrow(/MEILISEARCH_HOST: must be an http\(s\) URL[\s\S]*MEILISEARCH_INDEX: may only contain/)
  })

  it('returns a frozen object', () => {
    expect(Object.isFrozen(parseSearchConfig({}))).toBe(true)
    expect(Object.isFrozen(searchConfig)).toBe(true)
  })
})
