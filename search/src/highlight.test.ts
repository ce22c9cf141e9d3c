import { describe, expect, it } from 'vitest'
import { escapeHtml, highlight } from './highlight'

describe('highlight', () => {
  it('marks accented words that match folded terms', () => {
    expect(highlight('Cấp hộ chiếu công vụ', new Set(['ho', 'chieu']))).toBe('Cấp <mark>hộ</mark> <mark>chiếu</mark> công vụ')
  })

  it('marks a whole document number when it matched as one term', () => {
    expect(highlight('Số 15/2020/QĐ-UBND', new Set(['15/2020/qd-ubnd']))).toBe('Số <mark>15/2020/QĐ-UBND</mark>')
  })

  it('marks only the matching parts of a number otherwise', () => {
    expect(highlight('15/2020/QĐ-UBND', new Set(['ubnd']))).toBe('15/2020/QĐ-<mark>UBND</mark>')
  })

  it('escapes everything that is not a mark', () => {
    expect(highlight('<script>alert("x")</script> & hộ', new Set(['ho']))).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>hộ</mark>',
    )
  })
})

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })
})

describe('highlight, both ways of marking', () => {
  it('marks the same words whether or not folding keeps the text length', () => {
    const terms = new Set(['ho', 'chieu', '15/2020/qd-ubnd', 'ubnd', ' ho chieu', 'hộ'])
    const text = 'Hộ chiếu (HO CHIEU) theo 15/2020/QĐ-UBND, UBND tỉnh; hoặc chiếu, họ'
    // 'x̃' has no precomposed form: folding drops its mark and shortens the text, which sends it down the
    // word-by-word path.
    expect(highlight(`x\u0303 ${text}`, terms)).toBe(`x\u0303 ${highlight(text, terms)}`)
    expect(highlight(text, terms)).toBe(
      '<mark>Hộ</mark> <mark>chiếu</mark> (<mark>HO</mark> <mark>CHIEU</mark>) theo <mark>15/2020/QĐ-UBND</mark>, <mark>UBND</mark> tỉnh; hoặc <mark>chiếu</mark>, <mark>họ</mark>',
    )
  })
})
