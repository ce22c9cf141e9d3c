import { describe, expect, it } from 'vitest'
import { listPagePath, paginate } from './pagination'

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
})
