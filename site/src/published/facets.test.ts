import { describe, expect, it } from 'vitest'
import { filterBy, groupBy, type Facet } from './facets'

type Doc = { id: number; tags: string[] }
const facet: Facet<Doc> = { key: 'tag', title: 'documents.type', valuesOf: (d) => d.tags.map((t) => ({ slug: t, label: t })) }
const docs: Doc[] = [
  { id: 1, tags: ['a', 'b'] },
  { id: 2, tags: ['b'] },
  { id: 3, tags: [] },
  { id: 4, tags: ['a', 'a'] },
  { id: 5, tags: ['c', 'b'] },
]

describe('groupBy', () => {
  it('gives each value the same items, in the same order, as filtering by it', () => {
    const groups = groupBy(docs, facet)
    expect([...groups.keys()].sort()).toEqual(['a', 'b', 'c'])
    for (const slug of ['a', 'b', 'c']) expect(groups.get(slug)).toEqual(filterBy(docs, facet, slug))
    expect(groups.get('a')!.map((d) => d.id)).toEqual([1, 4])
  })
})
