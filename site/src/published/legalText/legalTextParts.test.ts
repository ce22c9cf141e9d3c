import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { precompressOptions } from '../../compression/encodings'
import { anchorBodyHtml } from './anchorBodyHtml'
import { contentsListHtml } from './contentsListHtml'
import { legalTextHtml } from './legalTextHtml'
import { keepDerived } from '../derived'
import { LONG_TEXT_BYTES, PART_BYTES, legalTextParts, type LegalTextParts } from './legalTextParts'
import { parseLegalText } from './parseLegalText'

const WORDS = 'cơ quan nhà nước có thẩm quyền quy định hồ sơ thủ tục cấp giấy chứng nhận công dân tổ chức cá nhân thực hiện theo pháp luật về xuất cảnh nhập cảnh'.split(' ')
/** A sentence of `n` words, the same every run. */
const sentence = (seed: number, n: number) => Array.from({ length: n }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]).join(' ')

/** A law's text: chapters of `articles[i]` articles, each of `clauses` clauses; an article numbered throughout. */
function law(articles: number[], clauses = 4): string {
  let n = 0
  const chapters = articles.map((count, c) => {
    const body = Array.from({ length: count }, () => {
      n++
      return [`Điều ${n}. ${sentence(n, 6)}`, ...Array.from({ length: clauses }, (_, k) => `${k + 1}. ${sentence(n + k, 60)}.`)].join('\n')
    })
    return [`Chương ${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][c]}`, sentence(c, 5).toUpperCase(), '', body.join('\n\n')].join('\n')
  })
  return ['QUỐC HỘI', 'LUẬT THỬ', '', 'Căn cứ Hiến pháp;', '', chapters.join('\n\n'), '', 'Luật này đã được Quốc hội thông qua ngày 1 tháng 1 năm 2025.'].join('\n')
}
const fromFiles = (text: string) => ({ attachments: [{ id: 1, extraction: { status: 'done', text } }] })
const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!)
const bytes = (html: string) => Buffer.byteLength(html)
/** The parts joined, without the headings repeated atop a part that continues a chapter. */
const joined = (paged: LegalTextParts) => paged.parts.map((part) => part.html.replace(/<h\d class="division">[^<]*\(tiếp theo\)(?:<br>[^<]*)?<\/h\d>/g, '')).join('')

function expectSound(paged: LegalTextParts, articleIds: string[]) {
  const all = paged.parts.flatMap((part) => ids(part.html))
  // Every anchor once, across all parts, in order; every article on exactly one part.
  expect(new Set(all).size).toBe(all.length)
  expect(all.filter((id) => id.startsWith('dieu-'))).toEqual(articleIds)
  for (const [index, part] of paged.parts.entries()) {
    for (const id of ids(part.html)) expect(paged.partOf.get(id), id).toBe(index)
    expect(part.segment).toBe(index === 0 ? undefined : part.items[0]!.id)
    // A part is no longer than the limit, unless a single article is.
    if (part.items.filter((item) => item.kind === 'article').length > 1) expect(bytes(part.html)).toBeLessThanOrEqual(PART_BYTES + 1024)
  }
}

describe('legalTextParts', () => {
  it('leaves a text that fits one page alone', () => {
    const text = law([10, 10])
    expect(bytes(legalTextHtml(parseLegalText(text)))).toBeLessThan(LONG_TEXT_BYTES)
    expect(legalTextParts(fromFiles(text))).toBeUndefined()
    expect(legalTextParts({ bodyHtml: '<p>Điều 1. Ngắn</p>' })).toBeUndefined()
    expect(legalTextParts({})).toBeUndefined()
  })

  it('pages a long text by whole chapters, small ones together, and cuts a chapter too long for one page between its articles', () => {
    // Chapters of 60 articles (about 100 kB of HTML), small ones of 5, and one of 200.
    const text = law([60, 5, 5, 5, 60, 200, 30])
    const parsed = parseLegalText(text)
    const paged = legalTextParts(fromFiles(text))!
    expect(paged.parts.length).toBeGreaterThan(3)
    expectSound(paged, parsed.articles.map((a) => a.id))
    expect(joined(paged)).toBe(legalTextHtml(parsed))
    // The small chapters II–IV share a page; each other part starts at a chapter or, within chapter VI, at an article.
    const starts = paged.parts.slice(1).map((part) => part.segment)
    expect(starts.filter((s) => s?.startsWith('chuong-'))).toContain('chuong-ii')
    expect(starts).not.toContain('chuong-iii')
    const insideVi = paged.parts.filter((part) => part.segment?.startsWith('dieu-'))
    expect(insideVi.length).toBeGreaterThan(0)
    for (const part of insideVi) {
      expect(part.html).toMatch(/^<h3 class="division">Chương VI \(tiếp theo\)<br>/)
      // Articles keep their level under the repeated chapter heading.
      expect(part.html).toMatch(/^<h3[^>]*>.*?<\/h3><h4 id="dieu-/)
    }
  })

  it('pages a long text without chapters in runs of whole articles of about equal length', () => {
    const text = law([400]).replace(/^Chương I\n.*$/m, '')
    const parsed = parseLegalText(text)
    expect(parsed.items.every((item) => item.kind === 'article')).toBe(true)
    const paged = legalTextParts(fromFiles(text))!
    expectSound(paged, parsed.articles.map((a) => a.id))
    const sizes = paged.parts.map((part) => bytes(part.html))
    expect(Math.min(...sizes)).toBeGreaterThan(Math.max(...sizes) / 2)
    // The passing formula stays at the end of the last part.
    expect(paged.parts.at(-1)!.html).toMatch(/thông qua ngày 1 tháng 1 năm 2025\.<\/p><\/div>$/)
  })

  it('pages a typed body between its paragraphs inside the rich text’s wrapper, never inside another element', () => {
    const paragraphs = law([30, 30, 30, 30, 30, 30]).split(/\n/).filter(Boolean)
    // The second chapter's heading sits inside a quotation block: the body may not be cut there.
    const inner = paragraphs.map((p) => (/^Chương II$/.test(p) ? `<blockquote><p>${p}</p></blockquote>` : /^(Điều|Chương)/.test(p) ? `<h3>${p}</h3>` : `<p>${p}</p>`)).join('')
    const wrapper = '<div class="payload-richtext">'
    const body = `${wrapper}${inner}</div>`
    const paged = legalTextParts({ bodyHtml: body })!
    const anchored = anchorBodyHtml(body)
    // Each part is whole: the wrapper closed at its end and opened again on the next.
    for (const part of paged.parts) {
      expect(part.html.startsWith(wrapper) && part.html.endsWith('</div>')).toBe(true)
      for (const tag of ['div', 'blockquote']) expect(part.html.split(`<${tag}`).length, tag).toBe(part.html.split(`</${tag}>`).length)
    }
    expect(paged.parts.map((part) => part.html).join('').replaceAll(`</div>${wrapper}`, '')).toBe(anchored.html)
    expectSound(paged, anchored.items.filter((item) => item.kind === 'article').map((a) => a.id))
    expect(paged.parts.map((part) => part.segment)).not.toContain('chuong-ii')
  })
})

/** The site's own brotli, as a page is served (`compression/encodings.ts`). */
const brotli = (html: string) => zlib.brotliCompressSync(Buffer.from(html), precompressOptions('br', 'van-ban/x/index.html', bytes(html)) as zlib.BrotliOptions).length
/**
 * What a legal document's page holds besides the text, its contents and the pages' list, compressed: the 10,000
 * document build's `/van-ban/25-2015-qh13` measured 11 kB of HTML, 4.5 kB brotli, with the metadata table; taken
 * twice for room.
 */
const CHROME_BROTLI = 9 * 1024
const BUDGET = 60 * 1024

const alqac = resolve(import.meta.dirname, '../../../../../shared/data/alqac2023-legal-retrieval/corpus_articles.jsonl')
describe.skipIf(!existsSync(alqac))(`the 18 ALQAC laws (${alqac})`, () => {
  const rows = existsSync(alqac) ? readFileSync(alqac, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { law_id: string; article_id: string; text: string }) : []
  const laws = [...Map.groupBy(rows, (row) => row.law_id)].map(([name, articles]) => ({
    name,
    text: articles.map(({ article_id: n, text: t }) => (/^(\d+\.|[^\n]*[.:;]\n)/.test(`${t.trim()}\n`) ? `Điều ${n}\n${t}` : `Điều ${n}. ${t}`)).join('\n\n'),
  }))

  it('fit every page within 60 kB brotli, the page around the text and the full contents included', () => {
    expect(laws).toHaveLength(18)
    const heaviest: Record<string, number> = {}
    for (const { name, text } of laws) {
      const parsed = parseLegalText(text)
      const paged = legalTextParts(fromFiles(text))
      const pages = paged
        ? paged.parts.map((part, i) => contentsListHtml(paged.items, (item) => (paged.partOf.get(item.id) === i ? `#${item.id}` : `/en/van-ban/91-2015-qh13/${paged.parts[paged.partOf.get(item.id)!]!.segment ?? ''}#${item.id}`)) + part.html)
        : [contentsListHtml(parsed.items) + legalTextHtml(parsed)]
      if (paged) expectSound(paged, parsed.articles.map((a) => a.id))
      heaviest[name] = Math.max(...pages.map((page) => CHROME_BROTLI + brotli(page)))
    }
    for (const [name, size] of Object.entries(heaviest)) expect(size, name).toBeLessThanOrEqual(BUDGET * 0.75)
    // The two codes are paged, the rest are one page each.
    expect(laws.filter(({ text }) => legalTextParts(fromFiles(text))).map(({ name }) => name).sort()).toEqual(['Bộ Luật Dân sự 2015', 'Luật Tố tụng hành chính 2015'])
  })

  it('keeps the parts of the last few documents in a build, and of every document held on the site server', () => {
    const docs = Array.from({ length: 10 }, () => fromFiles(law([60, 60, 60, 60])))
    const first = legalTextParts(docs[0]!)
    expect(legalTextParts(docs[0]!)).toBe(first)
    for (const doc of docs.slice(1)) legalTextParts(doc)
    // A build: made again once eight others were cut since, equal to what it was.
    const again = legalTextParts(docs[0]!)
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
    keepDerived()
    const kept = legalTextParts(docs[0]!)
    for (const doc of docs.slice(1)) legalTextParts(doc)
    expect(legalTextParts(docs[0]!)).toBe(kept)
  })
})
