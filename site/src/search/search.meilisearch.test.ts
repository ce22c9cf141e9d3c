import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { QueuedEngine, SearchEngine } from '@congkhai/search'
import { FakeMeilisearch } from '@congkhai/search/testing'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// The site's engines with Meilisearch configured (FakeMeilisearch, stopped and started again as a server restarting).
// The search configuration is read once at import, so the modules are imported after the environment is set.
const fake = new FakeMeilisearch()
let dir: string
let search: typeof import('./search')
let indexer: typeof import('./indexer')

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'congkhai-site-search-'))
  vi.stubEnv('MEILISEARCH_HOST', await fake.start())
  vi.stubEnv('SEARCH_THREADS', '0')
  vi.stubEnv('SEARCH_SNAPSHOT_PATH', join(dir, 'index.json'))
  search = await import('./search')
  indexer = await import('./indexer')
})

afterAll(async () => {
  vi.unstubAllEnvs()
  await fake.stop()
  await rm(dir, { recursive: true, force: true })
})

/** A published news article as the CMS's public API gives it. */
const article = (id: number, title: string) => ({ id, title, slug: `bai-${id}`, summary: `${title}.`, bodyHtml: `<p>${title}</p>`, publishedDate: '2026-12-01' })

describe('publishing with Meilisearch configured', () => {
  it('writes the embedded index first and queues Meilisearch', () => {
    expect(search.indexTargets().map((engine) => engine.name)).toEqual(['embedded', 'meilisearch'])
    expect(search.indexTargets()[1]).toHaveProperty('pending', 0)
    expect(search.indexTargets({ direct: true })[1]).not.toHaveProperty('pending')
  })

  it('publishes during an outage: searches answer the change at once, Meilisearch has it when back', async () => {
    const published = new Map<number, object>([[1, article(1, 'Thông báo lịch tiếp công dân tháng Một')]])
    const read = async (_collection: unknown, id: string | number) => published.get(Number(id)) ?? null
    const publish = (id: number) => indexer.syncEvents([{ collection: 'news', id } as never], search.indexTargets(), read)
    await publish(1)
    const queued = search.indexTargets()[1] as QueuedEngine & SearchEngine
    await queued.drained()
    await fake.stop()

    published.set(2, article(2, 'Thông báo nghỉ Tết Nguyên đán'))
    const started = Date.now()
    await publish(2)
    expect(Date.now() - started).toBeLessThan(5000)
    const found = await search.searchEngine().search({ q: 'nghỉ Tết', locale: 'vi' })
    expect(found.hits.map((hit) => hit.title)).toEqual(['Thông báo nghỉ Tết Nguyên đán'])
    expect(queued.pending).toBe(1)

    await fake.start()
    await queued.drained()
    // One record per locale: the English pages fall back to the Vietnamese text.
    const stored = [...(fake.indexes.get('congkhai')?.values() ?? [])].map((doc) => doc.title)
    expect(stored).toHaveLength(4)
    expect([...new Set(stored)].sort()).toEqual([
      'Thông báo lịch tiếp công dân tháng Một',
      'Thông báo nghỉ Tết Nguyên đán',
    ])
  }, 30_000)
})
