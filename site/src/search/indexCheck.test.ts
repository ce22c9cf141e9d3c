import { EmbeddedEngine, type SearchDocument } from '@congkhai/search'
import { describe, expect, it } from 'vitest'
import { checkIndex, compareRecords, describeDifferences, hasDifferences } from './indexCheck'

const record = (id: string, title = 'Cấp hộ chiếu công vụ'): SearchDocument => ({
  id,
  type: 'procedure',
  locale: 'vi',
  title,
  url: `/thu-tuc/${id}`,
  summary: undefined,
  facets: { level: ['Cấp tỉnh'] },
})

describe('compareRecords', () => {
  it('finds nothing when the index holds exactly the published records, whatever their order', () => {
    const published = [record('procedure:vi:1'), record('procedure:vi:2')]
    const differences = compareRecords([...published].reverse(), published)
    expect(hasDifferences(differences)).toBe(false)
    expect(describeDifferences(differences)).toEqual([])
  })

  it('names missing, extra and stale records', () => {
    const indexed = [record('procedure:vi:1', 'Tên cũ'), record('procedure:vi:3'), record('procedure:en:1')]
    const published = [record('procedure:vi:1', 'Tên mới'), record('procedure:vi:2'), record('procedure:en:1')]
    const differences = compareRecords(indexed, published)
    expect(differences).toEqual({ missing: ['procedure:vi:2'], extra: ['procedure:vi:3'], stale: ['procedure:vi:1'] })
    expect(describeDifferences(differences)).toEqual([
      '1 missing (published, not indexed): procedure:vi:2',
      '1 extra (indexed, not published): procedure:vi:3',
      '1 stale (indexed version differs): procedure:vi:1',
    ])
  })

  it('shortens long lists', () => {
    const published = Array.from({ length: 12 }, (_, i) => record(`procedure:vi:${10 + i}`))
    expect(describeDifferences(compareRecords([], published), 2)).toEqual([
      '12 missing (published, not indexed): procedure:vi:10, procedure:vi:11, … 10 more',
    ])
  })
})

describe('checkIndex', () => {
  it('reads the records back from an engine, fields left undefined included', async () => {
    const engine = new EmbeddedEngine()
    const published = [record('procedure:vi:1'), record('procedure:vi:2')]
    await engine.replaceAll(published)
    expect(hasDifferences(await checkIndex(engine, published))).toBe(false)
    await engine.upsert([record('procedure:vi:2', 'Đổi tên')])
    expect(await checkIndex(engine, published)).toEqual({ missing: [], extra: [], stale: ['procedure:vi:2'] })
  })
})
