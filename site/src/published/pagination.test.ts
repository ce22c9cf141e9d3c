import { describe, expect, it } from 'vitest'
import { listPagePath, pageLinks, paginate } from './pagination'

describe('pagination', () => {
  it('cuts a list into pages of the size, the last one shorter, and an empty list into one empty page', () => {
    const pages = paginate(Array.from({ length: 120 }, (_, i) => i), 50)
    expect(pages.map((p) => p.length)).toEqual([50, 50, 20])
    expect(pages[2][0]).toBe(100)
    expect(paginate([], 50)).toEqual([[]])
  })

  it('puts the first page at the list path and the others under trang/<n>', () => {
    expect(listPagePath('/van-ban/nam/2020/cu-nhat', 1)).toBe('/van-ban/nam/2020/cu-nhat')
    expect(listPagePath('/van-ban/nam/2020/cu-nhat', 3)).toBe('/van-ban/nam/2020/cu-nhat/trang/3')
  })

  it('links the first and last pages and two on either side of the current one, a gap where others are left out', () => {
    expect(pageLinks(1, 1)).toEqual([1])
    expect(pageLinks(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(pageLinks(1, 1900)).toEqual([1, 2, 3, null, 1900])
    expect(pageLinks(950, 1900)).toEqual([1, null, 948, 949, 950, 951, 952, null, 1900])
    expect(pageLinks(1900, 1900)).toEqual([1, null, 1898, 1899, 1900])
    // A gap of one page shows it.
    expect(pageLinks(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 20])
  })
})
