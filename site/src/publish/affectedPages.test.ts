import { describe, expect, it } from 'vitest'
import { changedPaths, fingerprint, relatedDocuments } from './affectedPages'

const legal = (id: number, extra: Record<string, unknown> = {}) => ({ id, number: `${id}/2020/QĐ-UBND`, documentType: 'quyet-dinh', updatedAt: '2026-01-01', ...extra })
const none = { procedures: [], questions: [] }

describe('relatedDocuments', () => {
  it('names the legal documents a legal document relates to, in both directions, before and after the edit', () => {
    const before = legal(1, { amends: [legal(2)], amendedBy: { docs: [legal(3)] } })
    const after = legal(1, { amends: [legal(4)], amendedBy: { docs: [legal(3)] }, validityHistory: [{ id: 'row', sourceDocument: legal(5) }] })
    const refs = relatedDocuments('legal-documents', [before, after], none)
    expect(refs).toEqual(
      expect.arrayContaining([2, 3, 4, 5].map((id) => ({ collection: 'legal-documents', id }))),
    )
    expect(refs).toHaveLength(4)
  })

  it('names the procedures citing a legal document, and not the document itself', () => {
    const procedures = [
      { id: 10, legalBasis: [legal(1), legal(2)] },
      { id: 11, legalBasis: [2] },
      { id: 12, legalBasis: [1] },
    ]
    const refs = relatedDocuments('legal-documents', [legal(1), null], { procedures, questions: [] })
    expect(refs).toEqual([
      { collection: 'procedures', id: 10 },
      { collection: 'procedures', id: 12 },
    ])
  })

  it('names the legal basis of a procedure and the questions about it', () => {
    const before = { id: 10, code: '1.001', legalBasis: [legal(1)] }
    const after = { id: 10, code: '1.001', legalBasis: [legal(2)] }
    const refs = relatedDocuments('procedures', [before, after], { procedures: [], questions: [{ id: 7, procedure: { id: 10 } }, { id: 8, procedure: 99 }] })
    expect(refs).toEqual([
      { collection: 'legal-documents', id: 1 },
      { collection: 'legal-documents', id: 2 },
      { collection: 'questions', id: 7 },
    ])
  })

  it('names nothing for a document that was never published', () => {
    expect(relatedDocuments('news', [null, null], none)).toEqual([])
  })
})

describe('fingerprint', () => {
  const stamps = new WeakMap<object, number>()

  it('changes when a listed document is edited, added or removed, and not for a copy with the same update time', () => {
    const list = (docs: object[]) => fingerprint({ docs, total: docs.length }, stamps)
    const a = legal(1)
    expect(list([a, legal(2)])).toBe(list([legal(1), legal(2)]))
    expect(list([legal(1, { updatedAt: '2026-02-02' }), legal(2)])).not.toBe(list([a, legal(2)]))
    expect(list([a])).not.toBe(list([a, legal(2)]))
  })

  it('ignores what a document embeds, but tells a document read again (stamped) from its old copy', () => {
    const old = legal(1, { amends: [legal(2, { title: 'old' })] })
    const fresh = legal(1, { amends: [legal(2, { title: 'new' })] })
    expect(fingerprint({ doc: fresh }, stamps)).toBe(fingerprint({ doc: old }, stamps))
    stamps.set(fresh, 3)
    expect(fingerprint({ doc: fresh }, stamps)).not.toBe(fingerprint({ doc: old }, stamps))
  })

  it('counts a stamp only on the page of the document itself, not on the lists that show it', () => {
    const fresh = legal(4)
    stamps.set(fresh, 5)
    expect(fingerprint({ docs: [fresh], total: 1 }, stamps)).toBe(fingerprint({ docs: [legal(4)], total: 1 }, stamps))
    const many = (doc: object) => [doc, ...Array.from({ length: 9 }, (_, i) => legal(10 + i))]
    expect(fingerprint({ docs: many(fresh) }, stamps, new WeakMap())).toBe(fingerprint({ docs: many(legal(4)) }, stamps, new WeakMap()))
    expect(fingerprint({ doc: fresh }, stamps)).not.toBe(fingerprint({ doc: legal(4) }, stamps))
  })

  it('changes with everything else a page is given (facet counts, filters)', () => {
    expect(fingerprint({ facets: [{ slug: 'a', count: 2 }] }, stamps)).not.toBe(fingerprint({ facets: [{ slug: 'a', count: 3 }] }, stamps))
  })

  it('digests a long array shared by many pages once, and still tells its changes apart', () => {
    const facets = Array.from({ length: 20 }, (_, i) => ({ slug: `v${i}`, count: i }))
    const shared = new WeakMap<object, string>()
    const first = fingerprint({ facets, page: 1 }, stamps, shared)
    expect(fingerprint({ facets, page: 1 }, stamps, shared)).toBe(first)
    expect(fingerprint({ facets: facets.map((f) => ({ ...f })), page: 1 }, stamps)).toBe(first)
    expect(fingerprint({ facets: facets.map((f, i) => ({ ...f, count: i === 19 ? 99 : f.count })), page: 1 }, stamps)).not.toBe(first)
  })
})

describe('changedPaths', () => {
  it('renders new and changed paths and removes the ones gone', () => {
    const before = new Map([
      ['/a', '1'],
      ['/b', '1'],
      ['/c', '1'],
    ])
    const after = new Map([
      ['/a', '1'],
      ['/b', '2'],
      ['/d', '1'],
    ])
    expect(changedPaths(before, after)).toEqual({ render: ['/b', '/d'], remove: ['/c'] })
  })
})
