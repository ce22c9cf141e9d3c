import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MeilisearchEngine } from './MeilisearchEngine'
import { createMeilisearchKeys } from './meilisearchKeys'
import { FakeMeilisearch } from './testing/FakeMeilisearch'
import { fixtures } from './testing/fixtures'

// Against FakeMeilisearch started with a master key, which checks each request's key as the server documents it.
const MASTER_KEY = 'test-master-key-0123456789'
let fake: FakeMeilisearch
let host: string

beforeEach(async () => {
  fake = new FakeMeilisearch({ masterKey: MASTER_KEY })
  host = await fake.start()
})

afterEach(async () => {
  await fake.stop()
})

describe('createMeilisearchKeys', () => {
  it('makes a search-only key for the index and a write key for it and the index built beside it', async () => {
    await createMeilisearchKeys({ host, masterKey: MASTER_KEY, indexUid: 'congkhai' })
    const made = fake.requests.filter((request) => request.path === '/keys').map((request) => request.body)
    expect(made).toEqual([
      expect.objectContaining({ actions: ['search'], indexes: ['congkhai'] }),
      expect.objectContaining({ indexes: ['congkhai', 'congkhai_next'] }),
    ])
    expect((made[1] as { actions: string[] }).actions).not.toContain('search')
    expect((made[1] as { actions: string[] }).actions).not.toContain('*')
    expect(fake.requests.every((request) => request.headers.authorization === `Bearer ${MASTER_KEY}`)).toBe(true)
  })

  it('gives keys an engine can write and search with, each refused what the other may do', async () => {
    const { searchKey, writeKey } = await createMeilisearchKeys({ host, masterKey: MASTER_KEY, indexUid: 'congkhai' })
    const engine = new MeilisearchEngine({ host, indexUid: 'congkhai', apiKey: writeKey, searchKey })
    await engine.replaceAll(fixtures)
    await engine.upsert(fixtures.slice(0, 1))
    await engine.remove([fixtures[1]!.id])
    expect((await engine.search({ q: 'hộ chiếu', type: 'procedure' })).hits.map((hit) => hit.id)).toEqual(['procedure:vi:1'])
    expect(await engine.count()).toBe(fixtures.length - 1)

    const writesWithSearchKey = new MeilisearchEngine({ host, indexUid: 'congkhai', apiKey: searchKey })
    await expect(writesWithSearchKey.upsert(fixtures.slice(0, 1))).rejects.toThrow(/invalid/i)
    const searchesWithWriteKey = new MeilisearchEngine({ host, indexUid: 'congkhai', apiKey: writeKey })
    await expect(searchesWithWriteKey.search({ q: 'hộ chiếu' })).rejects.toThrow(/invalid/i)
    const otherIndex = new MeilisearchEngine({ host, indexUid: 'other', apiKey: writeKey, searchKey })
    await expect(otherIndex.upsert(fixtures.slice(0, 1))).rejects.toThrow(/invalid/i)
    const noKey = new MeilisearchEngine({ host, indexUid: 'congkhai' })
    await expect(noKey.search({ q: 'hộ chiếu' })).rejects.toThrow(/authorization header is missing/i)
  })
})
