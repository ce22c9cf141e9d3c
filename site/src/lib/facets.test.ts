import { describe, expect, it } from 'vitest'
import { filterBy, type Facet } from './facets'

interface Item {
  id: number
  tags: string[]
}

const tags: Facet<Item> = { key: 'tag', title: 'documents.type', valuesOf: (item) => item.tags.map((t) => ({ slug: t, label: t })) }

describe('filterBy', () => {
  const items: Item[] = [
    { id: 1, tags: ['a', 'b'] },
    { id: 2, tags: ['b'] },
    { id: 3, tags: ['a', 'a'] },
    { id: 4, tags: [] },
  ]

  it('keeps the items having the value, in their order, each once', () => {
    expect(filterBy(items, tags, 'a').map((i) => i.id)).toEqual([1, 3])
    expect(filterBy(items, tags, 'b').map((i) => i.id)).toEqual([1, 2])
    expect(filterBy(items, tags, 'c')).toEqual([])
  })

  it('gives a new array each time, so a caller may reorder it', () => {
    filterBy(items, tags, 'a').reverse()
    expect(filterBy(items, tags, 'a').map((i) => i.id)).toEqual([1, 3])
  })

  it('sees a new list (a publish) as new', () => {
    const next = [...items, { id: 5, tags: ['a'] }]
    expect(filterBy(next, tags, 'a').map((i) => i.id)).toEqual([1, 3, 5])
  })
})
