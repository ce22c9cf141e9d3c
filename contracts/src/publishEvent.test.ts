import { describe, expect, it } from 'vitest'
import { isIndexed, isPublished, parsePublishEvent } from './publishEvent'

describe('publish events', () => {
  it('reads a full rebuild and a document change the site publishes', () => {
    expect(parsePublishEvent({ full: true })).toEqual({ ok: true, event: { full: true } })
    expect(parsePublishEvent({ collection: 'procedures', id: 7, operation: 'update' })).toEqual({ ok: true, event: { collection: 'procedures', id: 7, operation: 'update' } })
    expect(parsePublishEvent({ collection: 'processing-reports', id: '12', operation: 'delete' }).ok).toBe(true)
  })

  it('reads a rebuild of the pages alone, and re-indexes on anything but reindex: false', () => {
    expect(parsePublishEvent({ full: true, reindex: false })).toEqual({ ok: true, event: { full: true, reindex: false } })
    for (const reindex of [true, 'false', 0, null]) expect(parsePublishEvent({ full: true, reindex })).toEqual({ ok: true, event: { full: true } })
  })

  it('refuses collections the site does not publish, odd ids and operations, and anything not an object', () => {
    for (const body of [
      { collection: 'users', id: 1, operation: 'update' },
      { collection: 'feedback', id: 1, operation: 'create' },
      { collection: 'news', id: 1.5, operation: 'update' },
      { collection: 'news', id: '', operation: 'update' },
      { collection: 'news', id: 'x'.repeat(65), operation: 'update' },
      { collection: 'news', id: 1, operation: 'publish' },
      { full: 'yes' },
      null,
      'full',
    ]) {
      expect(parsePublishEvent(body), JSON.stringify(body)).toEqual({ ok: false })
    }
  })

  it('tells indexed collections from rebuild-only ones', () => {
    expect(isIndexed('legal-documents')).toBe(true)
    expect(isIndexed('pages')).toBe(false)
    expect(isPublished('pages')).toBe(true)
    expect(isPublished('users')).toBe(false)
  })
})
