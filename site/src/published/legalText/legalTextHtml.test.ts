import { describe, expect, it } from 'vitest'
import { anchorBodyHtml } from './anchorBodyHtml'
import { legalTextHtml } from './legalTextHtml'
import { parseLegalText } from './parseLegalText'

const DECREE = `NGHỊ ĐỊNH
Quy định chi tiết một số điều của Luật Xuất cảnh, nhập cảnh

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Nghị định này quy định chi tiết việc cấp hộ chiếu <phổ thông> & giấy thông hành.

Mục 1
HỘ CHIẾU

Điều 2. Thời hạn
1. Hộ chiếu có thời hạn 10 năm.
2. Hộ chiếu cấp cho trẻ em:
a) dưới 14 tuổi có thời hạn 5 năm;
b) không được gia hạn.`

describe('legalTextHtml', () => {
  const html = legalTextHtml(parseLegalText(DECREE))

  it('gives chapters, sections and articles headings one level apart, each with its anchor', () => {
    expect([...html.matchAll(/<(h\d) id="([^"]+)"/g)].map((m) => `${m[1]}#${m[2]}`)).toEqual(['h3#chuong-i', 'h5#dieu-1', 'h4#muc-1', 'h5#dieu-2'])
    expect(html).toContain('<h3 id="chuong-i" class="division">Chương I<br>QUY ĐỊNH CHUNG</h3>')
  })

  it('writes clauses as an ordered list keeping their numbers, points nested in their clause, and escapes the text', () => {
    expect(html).toContain('<ol class="clauses"><li>1. Hộ chiếu có thời hạn 10 năm.</li><li>2. Hộ chiếu cấp cho trẻ em:<ol class="points"><li>a) dưới 14 tuổi có thời hạn 5 năm;</li><li>b) không được gia hạn.</li></ol></li></ol>')
    expect(html).toContain('hộ chiếu &lt;phổ thông&gt; &amp; giấy')
    expect(html).toContain('<div class="preamble"><p>NGHỊ ĐỊNH Quy định chi tiết')
  })
})

describe('anchorBodyHtml', () => {
  it('adds anchors to the paragraphs of a typed body that head articles and chapters, and leaves the rest as typed', () => {
    const body = '<p>Căn cứ Luật Xuất cảnh;</p><p><strong>Chương I</strong></p><p>Điều 1. Phạm vi điều chỉnh</p><p>Quy định này áp dụng cho <em>Điều 5</em> của Luật.</p><p>Điều 2. Hiệu lực</p>'
    const { html, items } = anchorBodyHtml(body)
    expect(html).toBe('<p>Căn cứ Luật Xuất cảnh;</p><p id="chuong-i"><strong>Chương I</strong></p><p id="dieu-1">Điều 1. Phạm vi điều chỉnh</p><p>Quy định này áp dụng cho <em>Điều 5</em> của Luật.</p><p id="dieu-2">Điều 2. Hiệu lực</p>')
    expect(items.map((i) => i.id)).toEqual(['chuong-i', 'dieu-1', 'dieu-2'])
  })

  it('leaves a body without articles alone', () => {
    const body = '<p>Kính gửi: Ủy ban nhân dân các xã.</p>'
    expect(anchorBodyHtml(body)).toEqual({ html: body, items: [], starts: new Map() })
  })
})
