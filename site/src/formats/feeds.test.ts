import { describe, expect, it } from 'vitest'
import { atomFeed, csv } from './feeds'

describe('csv', () => {
  it('starts with a byte-order mark and quotes cells with commas, quotes or line breaks', () => {
    const text = csv([{ number: '15/2020/QĐ-UBND', title: 'Quy định "chức năng", nhiệm vụ', amends: ['a', 'b'], note: null }])
    expect(text).toBe('\uFEFFnumber,title,amends,note\r\n15/2020/QĐ-UBND,"Quy định ""chức năng"", nhiệm vụ",a; b,\r\n')
  })
})

describe('atomFeed', () => {
  it('escapes text and dates the feed by its newest entry', () => {
    const xml = atomFeed({
      title: 'Văn bản mới',
      url: 'https://example.vn/van-ban',
      self: 'https://example.vn/du-lieu/van-ban-moi.xml',
      author: 'Sở Ngoại vụ',
      lang: 'vi',
      entries: [
        { url: 'https://example.vn/van-ban/a', title: 'A & <B>', updated: '2026-01-02T00:00:00.000Z' },
        { url: 'https://example.vn/van-ban/b', title: 'B', updated: '2026-03-04T00:00:00.000Z' },
      ],
    })
    expect(xml).toContain('<title>A &amp; &lt;B&gt;</title>')
    expect(xml).toContain('  <updated>2026-03-04T00:00:00.000Z</updated>')
    expect(xml.match(/<entry>/g)).toHaveLength(2)
  })
})
