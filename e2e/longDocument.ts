/**
 * A long law published through the CMS for the specs about paged legal texts: chapters of very different lengths
 * (small ones to be put together, one too long for a page), its text typed as the editor's body.
 */
import { expect, type APIRequestContext } from '@playwright/test'
import { e2eEnv } from '../playwright.config'

const WORDS = 'cơ quan nhà nước có thẩm quyền quy định hồ sơ thủ tục cấp giấy chứng nhận công dân tổ chức cá nhân thực hiện theo pháp luật về xuất cảnh nhập cảnh lãnh sự hộ chiếu'.split(' ')
const sentence = (seed: number, n: number) => Array.from({ length: n }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]).join(' ')
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI']
/** Articles per chapter: II and III small, V too long for one page. */
const CHAPTERS = [40, 3, 3, 40, 200, 30]

/** The article whose text holds the spec's own phrase: in chapter V, past the first pages. */
export const TAGGED_ARTICLE = 250

/** The law's paragraphs: chapter headings and titles, article headings, clauses; `phrase` inside {@link TAGGED_ARTICLE}. */
export function longLawParagraphs(phrase: string): string[] {
  const paragraphs: string[] = ['Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;', 'Quốc hội ban hành Luật thử nghiệm phân trang.']
  let n = 0
  CHAPTERS.forEach((count, c) => {
    paragraphs.push(`Chương ${ROMAN[c]}`, sentence(c, 5).toUpperCase())
    for (let a = 0; a < count; a++) {
      n++
      paragraphs.push(`Điều ${n}. ${sentence(n, 6)}`)
      for (let k = 1; k <= 3; k++) paragraphs.push(`${k}. ${sentence(n + k, 60)}${n === TAGGED_ARTICLE && k === 2 ? ` ${phrase}` : ''}.`)
    }
  })
  paragraphs.push('Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam thông qua.')
  return paragraphs
}

/** The paragraphs as the CMS's rich text (Lexical), headings for chapters and articles as the seed makes them. */
function lexical(paragraphs: string[]) {
  const node = (text: string) => ({ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })
  return {
    root: {
      type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
      children: paragraphs.map((text) =>
        /^(Điều \d+|Chương [IVX]+)/.test(text)
          ? { type: 'heading', tag: 'h3', format: '', indent: 0, version: 1, direction: 'ltr', children: [node(text)] }
          : { type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '', children: [node(text)] },
      ),
    },
  }
}

/** Publishes the long law (its number made unique by `run`) and returns its id and slug; the site is not waited for. */
export async function publishLongLaw(request: APIRequestContext, headers: Record<string, string>, run: string, phrase: string): Promise<{ id: number; slug: string }> {
  const res = await request.post(`${e2eEnv.CMS_URL}/api/legal-documents`, {
    headers,
    data: {
      number: `${run}/2026/QH15`,
      title: `Luật thử nghiệm phân trang ${run}`,
      documentType: 'luat',
      validity: 'con-hieu-luc',
      issuer: 'Quốc hội',
      issuedDate: '2026-06-20',
      body: lexical(longLawParagraphs(phrase)),
      _status: 'published',
    },
  })
  expect(res.status(), await res.text()).toBe(201)
  const { doc } = (await res.json()) as { doc: { id: number; slug: string } }
  return doc
}
