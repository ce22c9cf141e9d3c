import { filterConditions } from './facets'
import { FACET_NAMES, type FacetName, type SearchQuery } from './SearchEngine'
import { fold, hasMarks, isStopWord, SYNONYMS, WORD_PATTERN } from './vietnamese'

/**
 * Words of a query Meilisearch reads: "If a search query includes more than 10 words, all words after the 10th will
 * be ignored" (https://www.meilisearch.com/docs/resources/help/known_limitations#maximum-number-of-query-words).
 */
export const MAX_QUERY_WORDS = 10

/**
 * Longest run of query words Meilisearch looks synonyms up for: "Meilisearch only fetches the synonyms for the 1 to
 * 3-word terms and not more", while a synonym of any length is used once found
 * (https://github.com/meilisearch/documentation/issues/2676, https://www.meilisearch.com/docs/learn/relevancy/synonyms).
 */
export const MAX_SYNONYM_TERM_WORDS = 3

const wordCount = (phrase: string): number => Array.from(phrase.matchAll(WORD_PATTERN)).length

/** Each long form of {@link SYNONYMS} (more words than Meilisearch looks up), folded word by word, with its short form. */
const LONG_FORMS: { words: string[]; short: string }[] = SYNONYMS.flatMap((group) => {
  const short = [...group].sort((a, b) => wordCount(a) - wordCount(b))[0]!
  return group
    .filter((form) => wordCount(form) > MAX_SYNONYM_TERM_WORDS)
    .map((form) => ({ words: Array.from(fold(form).matchAll(WORD_PATTERN), (m) => m[0]), short }))
}).sort((a, b) => b.words.length - a.words.length)

/**
 * Writes each long form of a synonym group in a query as the group's short form: `ủy ban nhân dân` → `UBND`.
 *
 * @remarks Meilisearch never expands a term of more than three words, so a query spelling out `ủy ban nhân dân`
 * would not find documents that write `UBND`; the short form is one word, which Meilisearch expands to every form
 * of the group (`meilisearchSynonyms`), the long one included. The embedded engine expands both ways itself.
 */
export function contractLongForms(q: string): string {
  const words = Array.from(q.matchAll(WORD_PATTERN), (m) => ({ start: m.index, end: m.index + m[0].length, folded: fold(m[0]) }))
  let out = ''
  let position = 0
  for (let i = 0; i < words.length; ) {
    const found = LONG_FORMS.find(({ words: form }) => form.every((word, j) => words[i + j]?.folded === word))
    if (!found) {
      i++
      continue
    }
    out += `${q.slice(position, words[i]!.start)}${found.short}`
    position = words[i + found.words.length - 1]!.end
    i += found.words.length
  }
  return out + q.slice(position)
}

/**
 * The query text to send Meilisearch: long synonym forms contracted ({@link contractLongForms}); past
 * {@link MAX_QUERY_WORDS} words, without stop words and repeated words, then cut to that many.
 *
 * @remarks Meilisearch silently drops the words after the tenth, so a question typed as a sentence would be searched
 * on its opening words (`Cán bộ được cử đi công tác nước ngoài thì làm…`), usually the least telling; dropping the
 * function words first keeps more of what the user asked about. A long query still loses its later words: the
 * embedded engine ranks on all of them (README, "What differs between the engines").
 */
export function meilisearchQueryText(q: string): string {
  const contracted = contractLongForms(q.trim())
  if (wordCount(contracted) <= MAX_QUERY_WORDS) return contracted
  const toned = hasMarks(contracted)
  const seen = new Set<string>()
  const kept = Array.from(contracted.matchAll(WORD_PATTERN), (m) => m[0]).filter((word) => {
    const key = fold(word)
    if (isStopWord(word, toned) || seen.has(key)) return false
    seen.add(key)
    return true
  })
  return kept.slice(0, MAX_QUERY_WORDS).join(' ')
}

/**
 * The page of `hitsPerPage` results that holds the results from `offset` to `offset + limit`, and where they start in
 * it.
 *
 * @remarks Only `page`/`hitsPerPage` make Meilisearch count every match (`totalHits`); `offset`/`limit` answer an
 * `estimatedTotalHits` that may be off (https://www.meilisearch.com/docs/capabilities/full_text_search/how_to/paginate_search_results). The smallest
 * page size from `limit` up whose page boundaries do not cut the window: `limit` itself when `offset` is a multiple of
 * it, as the site's pages are.
 */
export function pageWindow(offset: number, limit: number): { page: number; hitsPerPage: number; skip: number } {
  if (limit === 0) return { page: 1, hitsPerPage: 0, skip: 0 }
  for (let size = limit; ; size++) {
    const page = Math.floor(offset / size)
    if (Math.floor((offset + limit - 1) / size) === page) return { page: page + 1, hitsPerPage: size, skip: offset - page * size }
  }
}

/** The stored attribute behind each facet: `type` itself, the others inside `facets`. */
export const facetAttribute = (name: FacetName): string => (name === 'type' ? 'type' : `facets.${name}`)
export const FACET_OF_ATTRIBUTE = new Map(FACET_NAMES.map((name) => [facetAttribute(name), name]))

/** Quotes a value for a Meilisearch filter expression. */
export const quote = (value: string): string => `"${value.replace(/["\\]/g, '\\$&')}"`

/** Writes a facet value into a filter expression: numbers bare, strings quoted. */
const filterValue = (value: string | number): string => (typeof value === 'number' ? String(value) : quote(value))

/**
 * Builds a filter in Meilisearch's array form: the outer list is ANDed, each inner list ORed.
 *
 * @remarks `=` on strings is case-insensitive in Meilisearch
 * (https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference); the embedded engine
 * compares facet values the same way (`FacetCounter.accepted`).
 */
export function toFilter(query: SearchQuery): (string | string[])[] {
  const filter: (string | string[])[] = query.locale === undefined ? [] : [`locale = ${quote(query.locale)}`]
  for (const [name, values] of filterConditions(query)) {
    filter.push(values.map((value) => `${facetAttribute(name)} = ${filterValue(value)}`))
  }
  return filter
}
