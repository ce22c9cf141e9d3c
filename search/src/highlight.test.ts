import { describe, expect, it } from 'vitest'
import { escapeHtml, highlight, SNIPPET_WORDS, snippet } from './highlight'
import { longRecords } from './testing/longRecords'
import { fold, wordPairs } from './vietnamese'

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

  it('marks the words of a matched word pair, never the space before them', () => {
    // The pair term ` ho chieu` starts with a space; after a colon it was marked with it: `:<mark> hộ chiếu</mark>`.
    const terms = new Set(['ho', 'chieu', ' ho chieu'])
    expect(highlight('Giấy tờ: hộ chiếu, (hộ chiếu)', terms)).toBe('Giấy tờ: <mark>hộ</mark> <mark>chiếu</mark>, (<mark>hộ</mark> <mark>chiếu</mark>)')
    expect(highlight('x\u0303: hộ chiếu', terms)).toBe('x\u0303: <mark>hộ</mark> <mark>chiếu</mark>')
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

/** The terms a query for `words` matches: folded words and word pairs, as the embedded engine reports them. */
const termsOf = (words: string) => new Set([...fold(words).split(' '), ...wordPairs(words).map((pair) => ` ${pair}`)])
const WORD_CHAR = /[\p{L}\p{N}]/u
const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0

/**
 * Checks a snippet of `source`: its text (marks and escapes undone) is a stretch of the source with `…` where it was
 * cut, a cut falls between words, it holds at most `SNIPPET_WORDS` words, and every mark covers whole words only.
 */
function expectSnippetOf(html: string, source: string): string {
  for (const [, marked] of html.matchAll(/<mark>(.*?)<\/mark>/g)) expect(marked).toMatch(/^[\p{L}\p{N}](.*[\p{L}\p{N}])?$/u)
  const text = html.replace(/<\/?mark>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
  const cutStart = text.startsWith('…')
  const cutEnd = text.endsWith('…')
  const inner = text.slice(cutStart ? 1 : 0, cutEnd ? -1 : undefined)
  const at = source.indexOf(inner)
  expect(at, `${inner} is not a stretch of the source`).toBeGreaterThanOrEqual(0)
  const end = at + inner.length
  if (cutStart) expect([WORD_CHAR.test(source[at - 1]!), WORD_CHAR.test(inner[0]!)]).toEqual([false, true])
  else expect(at).toBe(0)
  if (cutEnd) expect([WORD_CHAR.test(inner.at(-1)!), WORD_CHAR.test(source[end] ?? '')]).toEqual([true, false])
  else expect(end).toBe(source.length)
  expect(wordCount(inner)).toBeLessThanOrEqual(SNIPPET_WORDS)
  return inner
}

describe('snippet', () => {
  const [passport, business, forest] = longRecords.map((record) => record.summary!)

  it('gives a summary of at most SNIPPET_WORDS words whole, highlighted', () => {
    const text = 'Công dân đăng ký thường trú tại Công an cấp xã nơi có chỗ ở hợp pháp.'
    expect(snippet(text, termsOf('thuong tru'))).toBe(highlight(text, termsOf('thuong tru')))
  })

  it('cuts a long real summary between words around its best match, with an ellipsis at each cut end', () => {
    // "hoạt động" comes earlier on its own; the snippet shows where all four words are.
    const html = snippet(business!, termsOf('cham dut hoat dong'))
    expect(html).toMatch(/^….*…$/s)
    expect(html).toContain('<mark>chấm</mark> <mark>dứt</mark> <mark>hoạt</mark> <mark>động</mark>')
    const inner = expectSnippetOf(html, business!)
    expect(wordCount(inner)).toBe(SNIPPET_WORDS)
  })

  it('starts at the beginning when the match is there, and ends with the text\'s own stop when the match is last', () => {
    const start = snippet(passport!, termsOf('cong dan'))
    expect(start).toMatch(/^<mark>Công<\/mark> <mark>dân<\/mark> Việt Nam Thông báo .*…$/s)
    expectSnippetOf(start, passport!)
    // 1.012413 ends "… thành \nrừng theo quy định của pháp luật về lâm nghiệp.", the only "lâm nghiệp" in it.
    const end = snippet(forest!, termsOf('lam nghiep'))
    expect(end).toMatch(/^….* về <mark>lâm<\/mark> <mark>nghiệp<\/mark>\.$/s)
    expect(wordCount(expectSnippetOf(end, forest!))).toBe(SNIPPET_WORDS)
  })

  it('shows the first words when nothing in the summary matched (the title did)', () => {
    const html = snippet(forest!, termsOf('xyz'))
    expect(html).toMatch(/^Tổ chức \(không bao gồm doanh nghiệp, HTX\).*…$/s)
    expectSnippetOf(html, forest!)
  })

  it('holds word by word on every match in the real records', () => {
    for (const summary of [passport!, business!, forest!]) {
      const words = [...new Set(fold(summary).match(/[\p{L}\p{N}]+/gu))]
      for (let i = 0; i < words.length; i += 7) expectSnippetOf(snippet(summary, new Set([words[i]!])), summary)
    }
  })
})
