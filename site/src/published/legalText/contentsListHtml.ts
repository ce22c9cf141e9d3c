import type { LegalItem } from './legalTextHtml'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const divisionLabel = { part: 'Phần', chapter: 'Chương', section: 'Mục' } as const

/** An item as the contents name it: an article's heading, `Chương II. TITLE` for a division. */
export function contentsLabel(item: LegalItem): string {
  return item.kind === 'article' ? item.heading : `${divisionLabel[item.kind]} ${item.number}${item.title ? `. ${item.title}` : ''}`
}

/**
 * The contents of a legal text as an ordered list of links, `href` giving each item's (its anchor on the page, or the
 * page of a paged text holding it and the anchor).
 *
 * @remarks One string, not an element per entry: a code's contents are some 700 entries, and an element of a component
 * carries its scoping attribute, a fifth of the list's bytes. Articles carry no class; divisions are named by theirs.
 */
export function contentsListHtml(items: LegalItem[], href: (item: LegalItem) => string = (item) => `#${item.id}`): string {
  return `<ol lang="vi">${items.map((item) => `<li${item.kind === 'article' ? '' : ` class="${item.kind}"`}><a href="${escape(href(item))}">${escape(contentsLabel(item))}</a></li>`).join('')}</ol>`
}
