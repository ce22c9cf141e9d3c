import type { SearchEngine } from '@congkhai/search'
import { describe, expect, it } from 'vitest'
import { searchStatus } from './searchStatus'

const engine = (name: string, count: () => Promise<number>, extra: object = {}) => ({ name, count, ...extra }) as unknown as SearchEngine

describe('searchStatus', () => {
  it('says which engines answer, with their counts and queued writes, and why the others do not', async () => {
    const status = await searchStatus([engine('meilisearch', () => Promise.reject(new Error('connect ECONNREFUSED')), { pending: 3 }), engine('embedded', async () => 42)])
    expect(status).toEqual({
      ok: false,
      answering: true,
      engines: { meilisearch: { ok: false, error: 'connect ECONNREFUSED', pendingWrites: 3 }, embedded: { ok: true, records: 42 } },
    })
  })

  it('counts an engine that does not answer within 2 s as down', { timeout: 10_000 }, async () => {
    const status = await searchStatus([engine('embedded', () => new Promise(() => {}))])
    expect(status).toEqual({ ok: false, answering: false, engines: { embedded: { ok: false, error: 'no answer within 2 s' } } })
  })
})
