import { parseLegalText, type LegalDivision, type LegalArticle } from './parseLegalText'

const BLOCK = /<(p|h[1-6])(\s[^>]*)?>([\s\S]*?)<\/\1>/gi

const plain = (html: string) =>
  html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * Gives the paragraphs of a typed body that are article (and chapter) headings their anchor ids, and returns them
 * for a table of contents.
 *
 * @remarks The body keeps the markup the editor made: only an `id` is added to a paragraph that reads as a heading
 * (`Điều 5. …`), recognised by the same parser as extracted text, so the anchors are the same whichever way a
 * document's text arrived. A paragraph that already has an id keeps it and gets no anchor. `starts` gives where each
 * anchored paragraph begins in the HTML, so a long body can be paged there.
 */
export function anchorBodyHtml(html: string): { html: string; items: (LegalDivision | LegalArticle)[]; starts: Map<string, number> } {
  const blocks = [...html.matchAll(BLOCK)]
  const parsed = parseLegalText(blocks.map((block) => plain(block[3] ?? '')).join('\n\n'))
  // Each paragraph is one line of the parsed text, followed by a blank one.
  const idAt = new Map<number, string>()
  const items: (LegalDivision | LegalArticle)[] = []
  let line = 0
  // Divisions carry no line of their own; find them by their position between articles.
  const divisionLines = blocks.map((block, i) => ({ i, text: plain(block[3] ?? '') }))
  for (const item of parsed.items) {
    if (item.kind === 'article') {
      line = item.line
      if (line % 2 === 0) idAt.set(line / 2, item.id)
      items.push(item)
      continue
    }
    const found = divisionLines.find(({ i, text }) => i * 2 >= line && text.toLocaleLowerCase('vi').startsWith(`${item.kind === 'part' ? 'phần' : item.kind === 'chapter' ? 'chương' : 'mục'} ${item.number.toLocaleLowerCase('vi')}`))
    if (found) {
      idAt.set(found.i, item.id)
      items.push(item)
    }
  }
  if (idAt.size === 0) return { html, items: [], starts: new Map() }
  let index = 0
  let out = ''
  let last = 0
  const starts = new Map<string, number>()
  for (const match of html.matchAll(BLOCK)) {
    const [whole, tag, attributes, inner] = match as unknown as [string, string, string | undefined, string]
    const id = idAt.get(index++)
    out += html.slice(last, match.index)
    last = match.index + whole.length
    if (!id || /\sid=/i.test(attributes ?? '')) {
      out += whole
      continue
    }
    starts.set(id, out.length)
    out += `<${tag} id="${id}"${attributes ?? ''}>${inner}</${tag}>`
  }
  return { html: out + html.slice(last), items, starts }
}
