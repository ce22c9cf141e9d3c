import { highlight, snippet } from './highlight'
import type { SearchHit, StoredDocument } from './SearchEngine'

/** A stored record as a search hit, its title highlighted and its summary cut to a snippet around `matched` terms. */
export function toHit(doc: StoredDocument, matched: readonly string[]): SearchHit {
  const { id, type, locale, title, url, number, summary, date, facets, parentId, parentTitle } = doc
  const terms = new Set(matched)
  const hit: SearchHit = { id, type, locale, title, url, _formatted: { title: highlight(title, terms) } }
  if (parentId !== undefined) hit.parentId = parentId
  if (parentTitle !== undefined) hit.parentTitle = parentTitle
  if (number !== undefined) hit.number = number
  if (summary !== undefined) {
    hit.summary = summary
    hit._formatted.summary = snippet(summary, terms)
  }
  if (date !== undefined) hit.date = date
  if (facets !== undefined) hit.facets = facets
  return hit
}
