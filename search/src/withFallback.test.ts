import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { describe, expect, it, vi } from 'vitest'
import { EmbeddedEngine } from './EmbeddedEngine'
import { FakeMeilisearch } from './testing/FakeMeilisearch'
import { fixtures } from './testing/fixtures'
import { MeilisearchEngine } from './MeilisearchEngine'
import { withFallback } from './withFallback'

/** Returns a loopback port that nothing listens on, so connecting to it is refused like a server that is down. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe('withFallback', () => {
  it('answers from the fallback while Meilisearch is unreachable, logging once', async () => {
    const down = new MeilisearchEngine({ host: `http://127.0.0.1:${await closedPort()}`, indexUid: 'congkhai' })
    const local = new EmbeddedEngine()
    await local.replaceAll(fixtures)
    const log = vi.fn()
    const engine = withFallback(down, local, log)

    const { hits } = await engine.search({ q: 'ho chieu', type: 'procedure' })
    expect(hits.map((hit) => hit.title)).toEqual(['Cấp hộ chiếu công vụ'])
    expect(await engine.count()).toBe(fixtures.length)
    expect(log).toHaveBeenCalledTimes(1)
    expect(log.mock.calls[0]?.[0]).toContain('"meilisearch" failed')
  })

  it('logs again when Meilisearch fails after it has recovered', async () => {
    const fake = new FakeMeilisearch()
    const host = await fake.start()
    const meilisearch = new MeilisearchEngine({ host, indexUid: 'congkhai' })
    await meilisearch.replaceAll(fixtures)
    const log = vi.fn()
    const engine = withFallback(meilisearch, new EmbeddedEngine(), log)
    try {
      expect((await engine.search({ q: 'giả mạo' })).total).toBe(1)
      await fake.stop()
      expect((await engine.search({ q: 'giả mạo' })).total).toBe(0)
      await engine.search({ q: 'giả mạo' })
      expect(log).toHaveBeenCalledTimes(1)
      await fake.start(Number(new URL(host).port))
      expect((await engine.search({ q: 'giả mạo' })).total).toBe(1)
      await fake.stop()
      await engine.search({ q: 'giả mạo' })
      expect(log).toHaveBeenCalledTimes(2)
    } finally {
      await fake.stop()
    }
  })

  it('sends writes to the primary only', async () => {
    const primary = new EmbeddedEngine()
    const fallback = new EmbeddedEngine()
    await withFallback(primary, fallback).upsert(fixtures.slice(0, 2))
    expect([await primary.count(), await fallback.count()]).toEqual([2, 0])
  })
})
