import type { LegalBlock, LegalText } from './parseLegalText'

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

/**
 * The text of a legal document as HTML: chapters and articles as headings with their anchor ids, from `level` down
 * (each kind of division present takes a level, outermost first; articles the next), clauses as ordered lists.
 *
 * @remarks Made as one string rather than a component tree: the longest laws have hundreds of articles and
 * thousands of clauses, and the markup is kept as small as the structure allows, since it is most of the page.
 */
export function legalTextHtml(text: LegalText, level = 3): string {
  const kinds = (['part', 'chapter', 'section'] as const).filter((kind) => text.items.some((item) => item.kind === kind))
  const tag = (kind: 'part' | 'chapter' | 'section' | 'article') => `h${Math.min(6, level + (kind === 'article' ? kinds.length : kinds.indexOf(kind)))}`
  let html = text.preamble.length > 0 ? `<div class="preamble">${blocksHtml(text.preamble)}</div>` : ''
  for (const item of text.items) {
    if (item.kind === 'article') {
      const h = tag('article')
      html += `<${h} id="${item.id}">${escape(item.heading)}</${h}>${blocksHtml(item.blocks)}`
    } else {
      const h = tag(item.kind)
      const title = item.title ? `<br>${escape(item.title)}` : ''
      html += `<${h} id="${item.id}" class="division">${divisionLabel[item.kind]} ${escape(item.number)}${title}</${h}>${blocksHtml(item.blocks)}`
    }
  }
  if (text.closing.length > 0) html += `<div class="closing">${blocksHtml(text.closing)}</div>`
  return html
}
