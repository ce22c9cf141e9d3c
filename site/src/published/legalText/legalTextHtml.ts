import type { LegalArticle, LegalBlock, LegalDivision, LegalText } from './parseLegalText'

/** A heading of a legal text: a division or an article. */
export type LegalItem = LegalDivision | LegalArticle

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const divisionLabel = { part: 'Phần', chapter: 'Chương', section: 'Mục' } as const

/** One block of an article as HTML: clauses and points are lists that keep their own numbers and letters as text. */
export function blockHtml(block: LegalBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escape(block.text)}</p>`
    case 'lines':
      return `<p class="lines">${block.lines.map(escape).join('<br>')}</p>`
    case 'point':
      return `<ol class="points"><li>${escape(`${block.point.letter}) ${block.point.text}`)}</li></ol>`
    case 'clause': {
      const { number, paragraphs, points } = block.clause
      const [first = '', ...rest] = paragraphs
      const pointList = points.length > 0 ? `<ol class="points">${points.map((p) => `<li>${escape(`${p.letter}) ${p.text}`)}</li>`).join('')}</ol>` : ''
      return `<li>${escape(`${number}. ${first}`)}${pointList}${rest.map((text) => `<p>${escape(text)}</p>`).join('')}</li>`
    }
  }
}

/** Blocks in order, consecutive clauses gathered in one ordered list. */
function blocksHtml(blocks: LegalBlock[]): string {
  let html = ''
  let inClauses = false
  for (const block of blocks) {
    if (block.kind === 'clause' && !inClauses) html += '<ol class="clauses">'
    if (block.kind !== 'clause' && inClauses) html += '</ol>'
    inClauses = block.kind === 'clause'
    html += blockHtml(block)
  }
  return inClauses ? `${html}</ol>` : html
}

/** A division's heading as HTML; `continued` marks its repetition atop a page that goes on with its articles (no anchor). */
export function divisionHeadingHtml(division: LegalDivision, tag: string, continued?: string): string {
  const title = division.title ? `<br>${escape(division.title)}` : ''
  const id = continued === undefined ? ` id="${division.id}"` : ''
  return `<${tag}${id} class="division">${divisionLabel[division.kind]} ${escape(division.number)}${continued ?? ''}${title}</${tag}>`
}

/** The heading tag of each kind of item in a text: each kind of division present takes a level from `level`, articles the next. */
export function headingTags(text: LegalText, level = 3): (kind: LegalItem['kind']) => string {
  const kinds = (['part', 'chapter', 'section'] as const).filter((kind) => text.items.some((item) => item.kind === kind))
  return (kind) => `h${Math.min(6, level + (kind === 'article' ? kinds.length : kinds.indexOf(kind)))}`
}

/** A text as HTML in pieces: what comes before the first heading, one piece per division or article (its heading and blocks), the closing. */
export interface LegalTextPieces {
  preamble: string
  items: string[]
  closing: string
}

/** {@link legalTextHtml} cut at each heading, so a long text can be paged between them. */
export function legalTextPieces(text: LegalText, level = 3): LegalTextPieces {
  const tag = headingTags(text, level)
  return {
    preamble: text.preamble.length > 0 ? `<div class="preamble">${blocksHtml(text.preamble)}</div>` : '',
    items: text.items.map((item) =>
      item.kind === 'article'
        ? `<${tag('article')} id="${item.id}">${escape(item.heading)}</${tag('article')}>${blocksHtml(item.blocks)}`
        : `${divisionHeadingHtml(item, tag(item.kind))}${blocksHtml(item.blocks)}`,
    ),
    closing: text.closing.length > 0 ? `<div class="closing">${blocksHtml(text.closing)}</div>` : '',
  }
}

/**
 * The text of a legal document as HTML: chapters and articles as headings with their anchor ids, from `level` down
 * (each kind of division present takes a level, outermost first; articles the next), clauses as ordered lists.
 *
 * @remarks Made as one string rather than a component tree: the longest laws have hundreds of articles and
 * thousands of clauses, and the markup is kept as small as the structure allows, since it is most of the page.
 */
export function legalTextHtml(text: LegalText, level = 3): string {
  const { preamble, items, closing } = legalTextPieces(text, level)
  return preamble + items.join('') + closing
}
