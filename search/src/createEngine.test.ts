import { describe, expect, it } from 'vitest'
import { parseSearchConfig } from './config'
import { createEngine } from './createEngine'
import { EmbeddedEngine } from './EmbeddedEngine'
import { MeilisearchEngine } from './MeilisearchEngine'
import { ThreadedEngine } from './ThreadedEngine'

describe('createEngine', () => {
  it('uses the embedded engine in search threads when Meilisearch is not configured, in this thread with none', () => {
    expect(createEngine(parseSearchConfig({ SEARCH_THREADS: '2' }))).toBeInstanceOf(ThreadedEngine)
    expect(createEngine(parseSearchConfig({ SEARCH_THREADS: '0' }))).toBeInstanceOf(EmbeddedEngine)
  })

  it('uses Meilisearch when its host is set', () => {
    const engine = createEngine(parseSearchConfig({ MEILISEARCH_HOST: 'http://127.0.0.1:7700' }))
    expect(engine).toBeInstanceOf(MeilisearchEngine)
    expect(engine.name).toBe('meilisearch')
  })
})
