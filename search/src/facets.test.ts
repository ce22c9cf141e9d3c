import { describe, expect, it } from 'vitest'
import { FacetCounter, FacetNumbering } from './facets'
import type { SearchDocument, SearchQuery } from './SearchEngine'

const record = (id: string, facets: SearchDocument['facets'], locale = 'vi'): SearchDocument =>
  ({ id, type: 'procedure', locale, title: id, body: '', url: `/${id}`, facets }) as SearchDocument

describe('FacetCounter', () => {
  it('counts values in Vietnamese alphabetical order, a value given twice for one record once', () => {
    const docs = [
      record('a', { field: 'Đường bộ', level: ['tinh', 'tinh', 'huyen'] }),
      record('b', { field: 'Dân số', level: ['tinh'] }),
      undefined,
      record('c', { field: 'Ấn phẩm' }),
    ]
    const counter = new FacetCounter(docs)
    const counted = counter.count([0, 1, 3], ['field', 'level'])
    expect(Object.keys(counted.field!)).toEqual(['Ấn phẩm', 'Dân số', 'Đường bộ'])
    expect(counted.level).toEqual({ huyen: 1, tinh: 2 })
  })

  it('built again with the numbering of an earlier one, counts and filters as a fresh counter does', () => {
    const numbering = new FacetNumbering()
    const first = [record('a', { field: 'Hộ tịch', year: 2020 }), record('b', { field: 'Quốc tịch', year: 2021 }, 'en')]
    new FacetCounter(first, numbering)
    // The record `a` changed (a new object, as an upsert stores), `b` is gone, `c` is new with a value not met before.
    const next = [undefined, undefined, record('a', { field: 'Lãnh sự', year: 2020 }), record('c', { field: 'Hộ tịch', year: 2022 })]
    const reused = new FacetCounter(next, numbering)
    const fresh = new FacetCounter(next)
    const all = [2, 3]
    expect(reused.count(all, ['field', 'year'])).toEqual(fresh.count(all, ['field', 'year']))
    expect(Object.keys(reused.count(all, ['field']).field!)).toEqual(['Hộ tịch', 'Lãnh sự'])
    const query: SearchQuery = { q: '', locale: 'vi', filters: { field: ['hộ tịch'] } }
    expect(reused.accepted(query)).toEqual(fresh.accepted(query))
    expect([...reused.accepted(query)!]).toEqual([0, 0, 0, 1])
  })
})
