import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleText, parseLegalText } from './parseLegalText'

// Luật Cư trú 2020 as a PDF's text layer gives it: lines wrapped, the chapter's title on its own line, page furniture gone.
const LUAT_CU_TRU = `QUỐC HỘI
Luật số: 68/2020/QH14

LUẬT
CƯ TRÚ

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật Cư trú.

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Luật này quy định về việc thực hiện quyền tự do cư trú của công dân Việt Nam trên lãnh thổ nước Cộng hòa xã hội
chủ nghĩa Việt Nam; việc đăng ký, quản lý cư trú; quyền, nghĩa vụ, trách nhiệm của công dân, cơ quan, tổ chức về
đăng ký, quản lý cư trú.

Điều 2. Giải thích từ ngữ
Trong Luật này, các từ ngữ dưới đây được hiểu như sau:
1. Chỗ ở hợp pháp là nơi được sử dụng để sinh sống, thuộc quyền sở hữu hoặc quyền sử dụng của công dân, bao gồm
nhà ở, tàu, thuyền, phương tiện khác có khả năng di chuyển hoặc chỗ ở khác theo quy định của pháp luật.
2. Cư trú là việc công dân sinh sống tại một địa điểm thuộc đơn vị hành chính cấp xã hoặc đơn vị hành chính cấp
huyện ở nơi không có đơn vị hành chính cấp xã (sau đây gọi chung là đơn vị hành chính cấp xã).

ĐIỀU 3: NGUYÊN TẮC CƯ TRÚ VÀ QUẢN LÝ CƯ TRÚ
1. Tuân thủ Hiến pháp và pháp luật.
2. Bảo đảm hài hòa quyền, lợi ích hợp pháp của công dân, lợi ích của Nhà nước, cộng đồng và xã hội; quy định tại
Điều 5 của Luật này.

Chương II
QUYỀN, NGHĨA VỤ CỦA CÔNG DÂN
VỀ CƯ TRÚ

Điều 8a. Quyền của công dân về cư trú, quy định
tại khoản 1 Điều 2
Công dân có các quyền sau đây:
a) Lựa chọn, quyết định nơi cư trú của mình;
b) Được bảo đảm bí mật thông tin cá nhân.
Điều 9. Nghĩa vụ của công dân về cư trú
Chấp hành đầy đủ quy định về cư trú.

Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 10 thông qua ngày 13 tháng 11 năm 2020.

CHỦ TỊCH QUỐC HỘI`

describe('parseLegalText', () => {
  const parsed = parseLegalText(LUAT_CU_TRU)

  it('finds every article with its anchor, whatever the case and punctuation of its heading', () => {
    expect(parsed.articles.map((a) => [a.id, a.heading])).toEqual([
      ['dieu-1', 'Điều 1. Phạm vi điều chỉnh'],
      ['dieu-2', 'Điều 2. Giải thích từ ngữ'],
      ['dieu-3', 'Điều 3. NGUYÊN TẮC CƯ TRÚ VÀ QUẢN LÝ CƯ TRÚ'],
      ['dieu-8a', 'Điều 8a. Quyền của công dân về cư trú, quy định tại khoản 1 Điều 2'],
      ['dieu-9', 'Điều 9. Nghĩa vụ của công dân về cư trú'],
    ])
  })

  it('keeps chapters with their titles from the following lines, and the text before them as the preamble', () => {
    expect(parsed.items.filter((i) => i.kind === 'chapter').map((c) => [c.id, c.number, c.title])).toEqual([
      ['chuong-i', 'I', 'NHỮNG QUY ĐỊNH CHUNG'],
      ['chuong-ii', 'II', 'QUYỀN, NGHĨA VỤ CỦA CÔNG DÂN VỀ CƯ TRÚ'],
    ])
    expect(parsed.preamble.map((b) => b.kind === 'paragraph' && b.text)).toContain('Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; Quốc hội ban hành Luật Cư trú.')
  })

  it('joins wrapped lines and reads clauses and points', () => {
    const [, second, third, fourth] = parsed.articles
    expect(articleText(parsed.articles[0]!)).toContain('nước Cộng hòa xã hội chủ nghĩa Việt Nam; việc đăng ký')
    expect(second!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'clause', 'clause'])
    // A wrapped line starting "Điều 5 của Luật này" is the end of a sentence, not an article.
    expect(third!.blocks.at(-1)).toMatchObject({ kind: 'clause', clause: { number: '2' } })
    expect(articleText(third!)).toContain('quy định tại Điều 5 của Luật này.')
    expect(fourth!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'point', 'point'])
  })

  it('leaves the passing formula and signature out of the last article', () => {
    expect(articleText(parsed.articles.at(-1)!)).toBe('Chấp hành đầy đủ quy định về cư trú.')
    expect(parsed.closing).toHaveLength(2)
  })

  it('does not read the articles an amending document quotes as its own', () => {
    const amending = parseLegalText(
      'Điều 1. Sửa đổi, bổ sung một số điều của Luật Cư trú\n1. Điều 5 được sửa đổi như sau:\n“Điều 5. Bảo đảm việc thực hiện quyền tự do cư trú\nNhà nước bảo đảm quyền tự do cư trú.\nĐiều 6. Các hành vi bị nghiêm cấm\nCản trở công dân thực hiện quyền tự do cư trú.”\n\nĐiều 2. Hiệu lực thi hành\nLuật này có hiệu lực từ ngày 01 tháng 7 năm 2021.',
    )
    expect(amending.articles.map((a) => a.id)).toEqual(['dieu-1', 'dieu-2'])
  })

  it('reads the first article after a title line without a full stop, as text extracted from a file comes out', () => {
    const text = '27/2026/QĐ-UBND\nQUYẾT ĐỊNH Ban hành Quy chế tiếp công dân\nĐiều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc tiếp công dân theo\nĐiều 2 của Luật Tiếp công dân.\nĐiều 2. Thời gian tiếp công dân\nHằng tháng.'
    const parsed = parseLegalText(text)
    expect(parsed.articles.map((a) => a.heading)).toEqual(['Điều 1. Phạm vi điều chỉnh', 'Điều 2. Thời gian tiếp công dân'])
    expect(parsed.preamble.map((b) => b.kind === 'paragraph' && b.text)).toEqual(['27/2026/QĐ-UBND QUYẾT ĐỊNH Ban hành Quy chế tiếp công dân'])
  })

  it('reads an article without a title, as in the Constitution, with its first line as body', () => {
    const constitution = parseLegalText('Điều 1\nNước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập, có chủ quyền, thống nhất và\ntoàn vẹn lãnh thổ.\n\nĐiều 2\n1. Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam là nhà nước pháp quyền.\n\nĐIỀU 3\nNHÀ NƯỚC\nNhà nước bảo đảm quyền con người.')
    expect(constitution.articles.map((a) => a.heading)).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3. NHÀ NƯỚC'])
    expect(articleText(constitution.articles[0]!)).toBe('Nước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập, có chủ quyền, thống nhất và toàn vẹn lãnh thổ.')
  })

  it('gives an article number met again, in a regulation after its decision, an anchor of its own', () => {
    const decision = parseLegalText('Điều 1. Ban hành kèm theo Quyết định này Quy chế.\nĐiều 2. Hiệu lực.\n\nQUY CHẾ\n\nĐiều 1. Phạm vi\nQuy chế này quy định.')
    expect(decision.articles.map((a) => a.id)).toEqual(['dieu-1', 'dieu-2', 'dieu-1-2'])
  })

  it('keeps a table written as text line by line', () => {
    const table = parseLegalText('Điều 1. Mức phí\nMức phí như sau:\nSTT     Loại giấy tờ        Mức thu\n1       Hộ chiếu            200.000\n2       Giấy thông hành     50.000')
    expect(table.articles[0]!.blocks.at(-1)).toEqual({ kind: 'lines', lines: ['STT     Loại giấy tờ        Mức thu', '1       Hộ chiếu            200.000', '2       Giấy thông hành     50.000'] })
  })

  it('reads a text without articles as a preamble only', () => {
    expect(parseLegalText('Kính gửi: Ủy ban nhân dân các huyện.\nĐề nghị báo cáo.')).toMatchObject({ articles: [], items: [] })
  })

  const alqac = resolve(import.meta.dirname, '../../../../../shared/data/alqac2023-legal-retrieval/corpus_articles.jsonl')
  it.skipIf(!existsSync(alqac))('recovers every article of the 18 ALQAC laws, rebuilt as texts', () => {
    const rows = readFileSync(alqac, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { law_id: string; article_id: string; text: string })
    const laws = Map.groupBy(rows, (row) => row.law_id)
    let found = 0
    for (const [, articles] of laws) {
      // Titled articles as `Điều 5. Title`; the Constitution's untitled ones as `Điều 5` on a line of its own.
      const text = articles
        .map(({ article_id: n, text: t }) => (/^(\d+\.|[^\n]*[.:;]\n)/.test(`${t.trim()}\n`) ? `Điều ${n}\n${t}` : `Điều ${n}. ${t}`))
        .join('\n\n')
      const ids = new Set(parseLegalText(text).articles.map((a) => a.id))
      found += articles.filter((a) => ids.has(`dieu-${a.article_id}`)).length
    }
    expect(found).toBe(rows.length)
  })
})
