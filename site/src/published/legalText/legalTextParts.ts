import { keepsDerived } from '../derived'
import { keepRecent } from '../keepRecent'
import { anchorBodyHtml } from './anchorBodyHtml'
import { documentText, type DocumentWithText, type TextSource } from './legalDocumentText'
import { divisionHeadingHtml, headingTags, legalTextPieces, type LegalItem } from './legalTextHtml'
import { parseLegalText, type LegalDivision } from './parseLegalText'

/**
 * A text whose HTML is longer than this (UTF-8 bytes) is paged.
 *
 * @remarks Legal HTML compresses about 6.8 times with the site's brotli (quality 5): 192 kB of text is some 28 kB on
 * the wire, which leaves a one-page document (with its contents and the page around it, about 5 kB) well within the
 * 60 kB page budget. Of the 18 ALQAC laws, the two codes over it (Bộ luật Dân sự, 528 kB; Luật Tố tụng hành chính,
 * 477 kB) are paged, and the next (Luật Thanh tra, 166 kB) stays one page.
 */
export const LONG_TEXT_BYTES = 192 * 1024

/**
 * The most text a part of a paged document holds (HTML, UTF-8 bytes), unless a single article is longer.
 *
 * @remarks About 14 kB brotli: with the full contents of a 689-article code (about 13 kB) and the page around it, a
 * part stays near half the budget.
 */
export const PART_BYTES = 96 * 1024

/** One page of a paged legal text. */
export interface LegalTextPart {
  /** The part's path under its document's (`chuong-iii`, `dieu-120`: the anchor of its first heading); none for the first part, the document's own page. */
  segment?: string
  /** Its text as HTML; a part that goes on with a chapter begins with the chapter's heading repeated, without its anchor. */
  html: string
  /** The divisions and articles whose headings it holds. */
  items: LegalItem[]
}

/** A legal text cut into parts, each a page. */
export interface LegalTextParts {
  source: TextSource
  /** Every division and article, in order, for the contents. */
  items: LegalItem[]
  parts: LegalTextPart[]
  /** The index of the part holding each anchor. */
  partOf: ReadonlyMap<string, number>
}

/** A run of the text that a page may start with: a heading and what follows it up to the next one. */
interface Unit {
  items: LegalItem[]
  html: string
  bytes: number
  /** A preferred place to start a page: a chapter (or the outermost division the text has), or any article when it has none. */
  group: boolean
  /** The headings of the divisions it continues, shown atop a page that starts with it. */
  continued: string
}

const CONTINUED = ' (tiếp theo)'
const RANK = { part: 0, chapter: 1, section: 2, article: 3 } as const
const bytesOf = (html: string) => Buffer.byteLength(html)
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

/** The elements a cut inside a body's HTML closes before it and opens again after it: the rich text's wrapper. */
interface Wrapper {
  open: string
  close: string
}

/**
 * Which of `offsets` (ascending) in `html` may be cut at, and what must be closed and opened again there: the offsets
 * inside the fewest elements (the CMS wraps its rich text in one `<div>`), never one inside another element (a
 * quotation, a table).
 */
function cutPoints(html: string, offsets: number[]): { cuts: Set<number>; wrapper: Wrapper } {
  const stack: { name: string; tag: string }[] = []
  const inside = new Map<number, { name: string; tag: string }[]>()
  let next = 0
  for (const tag of html.matchAll(/<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g)) {
    while (next < offsets.length && offsets[next]! < tag.index) next++
    if (offsets[next] === tag.index) inside.set(offsets[next++]!, [...stack])
    const name = tag[2]?.toLowerCase()
    if (!name || VOID.has(name) || tag[3]) continue
    if (!tag[1]) stack.push({ name, tag: tag[0] })
    else {
      const at = stack.map((open) => open.name).lastIndexOf(name)
      if (at >= 0) stack.length = at
    }
  }
  // The shallowest place a heading sits is the text's own level; a heading deeper than that is inside something else.
  const wrapper = [...inside.values()].reduce<{ name: string; tag: string }[] | undefined>((best, open) => (!best || open.length < best.length ? open : best), undefined) ?? []
  const same = (open: { tag: string }[]) => open.length === wrapper.length && open.every((o, i) => o.tag === wrapper[i]!.tag)
  return {
    cuts: new Set([...inside].filter(([, open]) => same(open)).map(([offset]) => offset)),
    wrapper: { open: wrapper.map((open) => open.tag).join(''), close: wrapper.map((open) => `</${open.name}>`).reverse().join('') },
  }
}

/** The units of text extracted from files: the parser's headings, each heading a place a page may start. */
function parsedUnits(text: string): { items: LegalItem[]; units: Unit[]; wrapper: Wrapper } {
  const parsed = parseLegalText(text)
  const pieces = legalTextPieces(parsed)
  const tag = headingTags(parsed)
  const open: Partial<Record<LegalDivision['kind'], LegalDivision>> = {}
  const units: Unit[] = [{ items: [], html: pieces.preamble, bytes: 0, group: false, continued: '' }]
  parsed.items.forEach((item, i) => {
    const rank = RANK[item.kind]
    const continued = (['part', 'chapter', 'section'] as const)
      .filter((kind) => RANK[kind] < rank && open[kind])
      .map((kind) => divisionHeadingHtml(open[kind]!, tag(kind), CONTINUED))
      .join('')
    if (item.kind !== 'article') {
      open[item.kind] = item
      for (const lower of ['chapter', 'section'] as const) if (RANK[lower] > rank) delete open[lower]
    }
    units.push({ items: [item], html: pieces.items[i]!, bytes: 0, group: false, continued })
  })
  units.at(-1)!.html += pieces.closing
  return { items: parsed.items, units, wrapper: { open: '', close: '' } }
}

/** The units of a typed body: cut before the paragraphs that read as headings, where they are not inside another element than the rich text's wrapper. */
function bodyUnits(bodyHtml: string): { items: LegalItem[]; units: Unit[]; wrapper: Wrapper } {
  const { html, items, starts } = anchorBodyHtml(bodyHtml)
  const { cuts, wrapper } = cutPoints(html, [...starts.values()].sort((a, b) => a - b))
  const units: Unit[] = [{ items: [], html: '', bytes: 0, group: false, continued: '' }]
  let from = 0
  for (const item of items) {
    const at = starts.get(item.id)
    if (at !== undefined && cuts.has(at) && at > from) {
      units.at(-1)!.html = html.slice(from, at)
      units.push({ items: [], html: '', bytes: 0, group: false, continued: '' })
      from = at
    }
    units.at(-1)!.items.push(item)
  }
  units.at(-1)!.html = html.slice(from)
  return { items, units, wrapper }
}

/** Units that start a group: before the outermost division down to chapters the text has, or every article. */
function markGroups(items: LegalItem[], units: Unit[]): void {
  const has = (kind: LegalItem['kind']) => items.some((item) => item.kind === kind)
  const kinds: LegalItem['kind'][] = has('chapter') ? ['part', 'chapter'] : has('part') ? ['part'] : has('section') ? ['section'] : ['article']
  for (const unit of units) unit.group = unit.items.length > 0 && kinds.includes(unit.items[0]!.kind)
}

/** Merges a heading without an article (a chapter's title before its first article) into the unit after it. */
function withArticles(units: Unit[]): Unit[] {
  const merged: Unit[] = [units[0]!]
  let carry: Unit | undefined
  for (const unit of units.slice(1)) {
    const joined: Unit = carry ? { ...carry, items: [...carry.items, ...unit.items], html: carry.html + unit.html } : unit
    carry = undefined
    if (!joined.items.some((item) => item.kind === 'article') && unit !== units.at(-1)) carry = joined
    else merged.push(joined)
  }
  for (const unit of merged) unit.bytes = bytesOf(unit.html)
  return merged
}

/** Runs of units, each closed before it would pass `limit` (a unit longer than `limit` makes a run of its own). */
function runs(units: Unit[], limit: number): Unit[][] {
  const result: Unit[][] = []
  let size = 0
  for (const unit of units) {
    if (result.length === 0 || (size > 0 && size + unit.bytes > limit)) {
      result.push([])
      size = 0
    }
    result.at(-1)!.push(unit)
    size += unit.bytes
  }
  return result
}

const sum = (units: Unit[]) => units.reduce((total, unit) => total + unit.bytes, 0)
/** The limit that cuts `bytes` into about equal runs of at most {@link PART_BYTES}. */
const evenLimit = (bytes: number) => Math.min(PART_BYTES, Math.ceil((bytes / Math.ceil(bytes / PART_BYTES)) * 1.1))

/** Pages from units: whole groups (chapters) packed together, a group too long for one page cut between its articles. */
function pack(units: Unit[]): Unit[][] {
  const groups: Unit[][] = []
  for (const unit of units) {
    if (groups.length === 0 || unit.group) groups.push([unit])
    else groups.at(-1)!.push(unit)
  }
  const pieces = groups.flatMap((group) => (sum(group) > PART_BYTES ? runs(group, evenLimit(sum(group))) : [group]))
  const limit = evenLimit(sum(units))
  const pages: Unit[][] = []
  let size = 0
  for (const piece of pieces) {
    const bytes = sum(piece)
    if (pages.length === 0 || (size > 0 && size + bytes > limit)) {
      pages.push([])
      size = 0
    }
    pages.at(-1)!.push(...piece)
    size += bytes
  }
  return pages
}

const made = new WeakMap<object, LegalTextParts | null>()
/** In a build, the texts cut last: the pages of one document are rendered one after another. */
const recent = new Map<object, LegalTextParts | undefined>()
const RECENT = 8

/**
 * A long legal text cut into parts, each a page of its own, at its structure: whole chapters (small ones together), a
 * chapter too long for one page between its articles, a text without chapters in runs of whole articles. Undefined
 * when the text fits one page ({@link LONG_TEXT_BYTES}) or has no headings to cut at.
 *
 * @remarks One function for every reader, so the pages, their paths, the sitemap and search's links agree on where an
 * article is. Kept per document object on the site server (the route's paths, each of its pages, the sitemap and
 * search ask for it; a publish replaces the object). A full build keeps the last few only: kept for every document
 * until its last page, the parts held every long text on the heap again, text the build keeps on disk (`FieldFile`).
 * A text under half the limit is not read at all: most documents are short. The parts joined are the one-page HTML,
 * but for the headings repeated atop a part that continues a chapter.
 */
export function legalTextParts(doc: DocumentWithText): LegalTextParts | undefined {
  if (!keepsDerived()) return keepRecent(recent, RECENT, doc, () => makeParts(doc)) ?? undefined
  let result = made.get(doc)
  if (result === undefined) made.set(doc, (result = makeParts(doc) ?? null))
  return result ?? undefined
}

function makeParts(doc: DocumentWithText): LegalTextParts | undefined {
  // No more than this is read for a short document: the text is at most its body or its files' texts, and its HTML
  // not twice that.
  const files = (doc.attachments ?? []).reduce<number>((total, a) => total + (typeof a === 'object' && a ? bytesOf(a.extraction?.text ?? '') : 0), 0)
  if (Math.max(bytesOf(doc.bodyHtml ?? ''), files) < LONG_TEXT_BYTES / 2) return undefined
  const { text, source } = documentText(doc)
  if (!source) return undefined
  const { items, units, wrapper } = source === 'body' ? bodyUnits(doc.bodyHtml ?? '') : parsedUnits(text)
  const whole = withArticles(units)
  markGroups(items, whole)
  if (sum(whole) <= LONG_TEXT_BYTES) return undefined
  const pages = pack(whole)
  if (pages.length < 2) return undefined
  const partOf = new Map<string, number>()
  const parts = pages.map((page, index): LegalTextPart => {
    const pageItems = page.flatMap((unit) => unit.items)
    for (const item of pageItems) partOf.set(item.id, index)
    const text = page.map((unit) => unit.html).join('')
    const html = index === 0 ? text + wrapper.close : wrapper.open + page[0]!.continued + text + (index < pages.length - 1 ? wrapper.close : '')
    return index === 0 ? { html, items: pageItems } : { segment: pageItems[0]!.id, html, items: pageItems }
  })
  return { source, items, parts, partOf }
}
