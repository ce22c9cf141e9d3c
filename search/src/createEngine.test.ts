import { describe, expect, it } from 'vitest'
import { parseSearchConfig } from './config'
import { createEngine } from './createEngine'
import { EmbeddedEngine } from './EmbeddedEngine'
import { MeilisearchEngine } from './MeilisearchEngine'

describe('createEngine', () => {
  it('uses the embedded engine when Meilisearch is not configured', () => {
    expect(createEngine(parseSearchConfig({}))).toBeInstanceOf(EmbeddedEngine)
  })

  it('uses Meilisearch when its host is set', () => {
    const engine = createEngine(parseSearchConfig({ MEILISEARCH_HOST: 'http://127.0.0.1:7700' }))
    expect(engine).toBeInstanceOf(MeilisearchEngine)
    expect(engine.name).toBe('meilisearch')
  })
})
