import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EmbeddedEngine } from './EmbeddedEngine'
import { MeilisearchEngine } from './MeilisearchEngine'
import type { SearchEngine } from './SearchEngine'
import { FakeMeilisearch } from './testing/FakeMeilisearch'
import { fixtures } from './testing/fixtures'
import { withFallback } from './withFallback'
import { withWriteQueue } from './withWriteQueue'

// The Meilisearch engine against FakeMeilisearch, which is stopped (connections refused) and started again on the
// same port with its data, as a server restarting.
let fake: FakeMeilisearch
let meilisearch: MeilisearchEngine
const logged: string[] = []

beforeEach(async () => {
  fake = new FakeMeilisearch()
  meilisearch = new MeilisearchEngine({ host: await fake.start(), indexUid: 'congkhai' })
  logged.length = 0
})

afterEach(async () => {
  await fake.stop()
})

const ids = async (engine: SearchEngine, q: string) => (await engine.search({ q, limit: 100 })).hits.map((hit) => hit.id)

describe('withWriteQueue', () => {
  it('publishes while Meilisearch is down: the embedded index keeps up, Meilisearch catches up when it is back', async () => {
    const embedded = new EmbeddedEngine()
    const queued = withWriteQueue(meilisearch, { initialDelayMs: 10, maxDelayMs: 40, log: (line) => logged.push(line) })
    const reader = withFallback(meilisearch, embedded, () => {})
    // The indexer's order (site/src/search/search.ts): the embedded index first, then the queued Meilisearch.
    const publish = async (write: (engine: SearchEngine) => Promise<void>) => {
      for (const engine of [embedded, queued]) await write(engine)
    }
    await publish((engine) => engine.replaceAll(fixtures))
    await queued.drained()
    await fake.stop()

    const added = { ...fixtures[0]!, id: 'procedure:vi:50', title: 'Cấp hộ chiếu phổ thông' }
    const started = Date.now()
    await publish((engine) => engine.upsert([added]))
    await publish((engine) => engine.remove(['procedure:vi:1']))
    expect(Date.now() - started).toBeLessThan(3000)
    expect(queued.pending).toBe(2)
    // Searches fall back to the embedded index, which already has the change.
    expect(await ids(reader, 'hộ chiếu phổ thông')).toContain('procedure:vi:50')
    expect(await ids(reader, 'hộ chiếu công vụ')).not.toContain('procedure:vi:1')

    await new Promise((resolve) => setTimeout(resolve, 100))
    await fake.start()
    await queued.drained()
    expect(queued.pending).toBe(0)
    const stored = [...fake.indexes.get('congkhai')!.values()].map((doc) => doc.id)
    expect(stored).toContain('procedure:vi:50')
    expect(stored).not.toContain('procedure:vi:1')
    expect(await meilisearch.count()).toBe(fixtures.length)
    expect(logged[0]).toMatch(/meilisearch write failed, \d queued, retrying/)
    expect(logged.at(-1)).toMatch(/meilisearch is back/)
  })

  it('applies writes in the order they were made, and a full reindex supersedes those queued before it', async () => {
    await fake.stop()
    const queued = withWriteQueue(meilisearch, { initialDelayMs: 10, maxDelayMs: 20, log: () => {} })
    await queued.upsert([fixtures[0]!])
    await queued.upsert([{ ...fixtures[0]!, title: 'Cấp hộ chiếu công vụ (sửa đổi)' }])
    await queued.replaceAll(fixtures.slice(1, 3))
    await queued.upsert([{ ...fixtures[1]!, title: 'Đăng ký thường trú (mới)' }])
    expect(queued.pending).toBe(3)
    await fake.start()
    await queued.drained()
    const titles = [...fake.indexes.get('congkhai')!.values()].map((doc) => doc.title)
    expect(titles).toEqual(['Đăng ký thường trú (mới)', fixtures[2]!.title])
  })

  it('drops a write the server keeps refusing, saying so, and goes on with the next', async () => {
    const queued = withWriteQueue(meilisearch, { initialDelayMs: 1, maxRefusals: 2, log: (line) => logged.push(line) })
    fake.failingTypes.add('documentAdditionOrUpdate')
    await queued.upsert([fixtures[0]!])
    await queued.drained()
    expect(logged.some((line) => /refused a upsert 2 times, dropped it/.test(line))).toBe(true)
    fake.failingTypes.clear()
    await queued.upsert([fixtures[1]!])
    await queued.drained()
    expect([...fake.indexes.get('congkhai')!.values()].map((doc) => doc.id)).toEqual([fixtures[1]!.id])
  })
})
