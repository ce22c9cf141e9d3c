import { beforeEach, describe, expect, it } from 'vitest'
import { SNIPPET_WORDS } from './highlight'
import type { SearchEngine } from './SearchEngine'
import { engines } from './testing/engineCases'
import { longRecords } from './testing/longRecords'

/** A hit's summary snippet as text (marks and escapes undone), with the marked words, in order. */
function readSnippet(html = '') {
  const marks = Array.from(html.matchAll(/<mark>(.*?)<\/mark>/g), (m) => m[1]!)
  const text = html.replace(/<\/?mark>/g, '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  return { text, marks, inner: text.replace(/^…/, '').replace(/…$/, '') }
}

describe.each(engines)('$name: snippets of real long summaries', ({ create }) => {
  let reader: SearchEngine
  beforeEach(async () => {
    const engines = await create()
    await engines.writer.replaceAll(longRecords)
    reader = engines.reader
  })
  const summaryOf = (id: string) => longRecords.find((record) => record.id === id)!.summary!
  const WORD_CHAR = /[\p{L}\p{N}]/u

  it.each([
    ['chấm dứt hoạt động', 'procedure:vi:2.002008', 'chấm dứt hoạt động'],
    ['lâm nghiệp', 'procedure:vi:1.012413', 'lâm nghiệp'],
    ['trình báo mất hộ chiếu', 'procedure:vi:1.001445', 'trình báo mất hộ chiếu'],
  ])('%s: words around the match, cut between words, marks on words only', async (q, id, shown) => {
    const hit = (await reader.search({ q })).hits.find((one) => one.id === id)
    const source = summaryOf(id)
    const { text, marks, inner } = readSnippet(hit?._formatted.summary)
    expect(text).toContain(shown)
    for (const mark of marks) expect(mark).toMatch(/^[\p{L}\p{N}](.*[\p{L}\p{N}])?$/u)
    expect(marks.map((mark) => mark.toLowerCase())).toEqual(expect.arrayContaining(shown.split(' ')))
    expect(inner.match(/[\p{L}\p{N}]+/gu)!.length).toBeLessThanOrEqual(SNIPPET_WORDS)
    const at = source.indexOf(inner)
    expect(at).toBeGreaterThanOrEqual(0)
    const end = at + inner.length
    // An end that was cut has the marker and falls between words; one that was not is the text's own end.
    expect(text.startsWith('…')).toBe(at > 0)
    expect(text.endsWith('…')).toBe(end < source.length)
    if (at > 0) expect([source[at - 1], inner[0]].map((char) => WORD_CHAR.test(char!))).toEqual([false, true])
    if (end < source.length) expect([inner.at(-1), source[end]].map((char) => WORD_CHAR.test(char!))).toEqual([true, false])
  })
})
