/**
 * What FakeMeilisearch does with a search, a filter and an index's settings, as Meilisearch documents it; the HTTP
 * side (routes, tasks, keys, payload size) is in FakeMeilisearch.ts.
 */

export type Doc = Record<string, unknown>

/** The search parameters the fake reads. */
export interface SearchBody {
  q?: string
  limit?: number
  offset?: number
  page?: number
  hitsPerPage?: number
  highlightPreTag?: string
  highlightPostTag?: string
  attributesToHighlight?: string[]
  attributesToCrop?: string[]
  cropLength?: number
  cropMarker?: string
  filter?: string | (string | string[])[]
  facets?: string[]
  sort?: string[]
  matchingStrategy?: 'last' | 'all' | 'frequency'
}

/** The index settings the fake applies. */
export interface IndexSettings {
  rankingRules?: string[]
  searchableAttributes?: string[]
  filterableAttributes?: string[]
  sortableAttributes?: string[]
  distinctAttribute?: string
  synonyms?: Record<string, string[]>
  pagination?: { maxTotalHits?: number }
  faceting?: { maxValuesPerFacet?: number }
}

/** An error Meilisearch answers with before any task: its code and message. */
export class RequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message)
  }
}

/** Meilisearch's default `rankingRules` (https://www.meilisearch.com/docs/learn/relevancy/ranking_rules). */
export const DEFAULT_RANKING_RULES = ['words', 'typo', 'proximity', 'attributeRank', 'sort', 'wordPosition', 'exactness']
const BUILT_IN_RULES = ['words', 'typo', 'proximity', 'attribute', 'attributeRank', 'wordPosition', 'sort', 'exactness']
/** Names Meilisearch reserves for geosearch, refused as the attribute of a custom ranking rule. */
const RESERVED_RULE_NAME = /^_geo(Distance|Point|Radius|BoundingBox)?(\(.*\))?$/
/** Defaults of `pagination.maxTotalHits` and `faceting.maxValuesPerFacet` (settings reference). */
export const DEFAULT_MAX_TOTAL_HITS = 1000
export const DEFAULT_MAX_VALUES_PER_FACET = 100
/**
 * Words of a query Meilisearch reads: "If a search query includes more than 10 words, all words after the 10th will
 * be ignored" (https://www.meilisearch.com/docs/resources/help/known_limitations#maximum-number-of-query-words).
 */
export const MAX_QUERY_WORDS = 10
/**
 * Longest query term Meilisearch looks synonyms up for: "Meilisearch only fetches the synonyms for the 1 to 3-word
 * terms and not more" (meilisearch/documentation#2676); a long synonym *value* is still used.
 */
export const MAX_SYNONYM_TERM_WORDS = 3

/** Reads a dotted attribute path (`facets.year`) of a document. */
export const valueAt = (doc: Doc, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Doc | undefined)?.[key], doc)

/**
 * Why Meilisearch would refuse these ranking rules (`invalid_settings_ranking_rules`), or nothing when it accepts
 * them: a rule is a built-in name or `<attribute>:asc|desc`, not on a reserved geosearch name; `attribute` cannot stand
 * beside `attributeRank` or `wordPosition`. A rule on an attribute no document has is accepted (order undefined).
 */
export function rankingRulesError(rules: unknown): string | undefined {
  if (!Array.isArray(rules)) return 'Invalid value type at `.rankingRules`: expected an array'
  for (const [i, rule] of rules.entries()) {
    if (typeof rule !== 'string') return `Invalid value type at \`.rankingRules[${i}]\`: expected a string`
    if (BUILT_IN_RULES.includes(rule)) continue
    const custom = /^(.+):(asc|desc)$/.exec(rule)
    if (!custom) {
      return `Invalid value at \`.rankingRules[${i}]\`: \`${rule}\` ranking rule is invalid. Valid ranking rules are words, typo, sort, proximity, attribute, exactness and custom ranking rules.`
    }
    if (RESERVED_RULE_NAME.test(custom[1]!)) {
      return `Invalid value at \`.rankingRules[${i}]\`: \`${custom[1]}\` is a reserved keyword and thus can't be used as a ranking rule`
    }
  }
  if (rules.includes('attribute') && (rules.includes('attributeRank') || rules.includes('wordPosition'))) {
    return 'Invalid value at `.rankingRules`: `attribute` cannot be used together with `attributeRank` or `wordPosition`'
  }
  return undefined
}

/** Refuses an attribute the settings do not declare, with Meilisearch's error code and wording. */
function declared(attribute: string, declaredList: string[] | undefined, code: string, kind: 'filterable' | 'sortable'): void {
  if (declaredList?.includes(attribute)) return
  const available = (declaredList ?? []).join(', ')
  throw new RequestError(code, `Attribute \`${attribute}\` is not ${kind}. Available ${kind} attributes are: \`${available}\`.`)
}

/**
 * Parses one condition: `attribute = value` (a number, or a quoted string with `\"` and `\\` escapes) or
 * `attribute NOT EXISTS`, on a filterable attribute only.
 *
 * @remarks String equality is case-insensitive, as in Meilisearch: "= … When operating on strings, = is
 * case-insensitive" (https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference).
 */
function parseCondition(condition: string, filterable: string[] | undefined, code: string): (doc: Doc) => boolean {
  const absent = /^\s*([\w.]+)\s+NOT\s+EXISTS\s*$/.exec(condition)
  if (absent) {
    declared(absent[1]!, filterable, code, 'filterable')
    return (doc) => valueAt(doc, absent[1]!) === undefined
  }
  const match = /^\s*([\w.]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?))\s*$/.exec(condition)
  if (!match) throw new RequestError(code, `Fake Meilisearch cannot parse filter condition: ${condition}`)
  const [, attribute, quoted, number] = match
  declared(attribute!, filterable, code, 'filterable')
  const expected = quoted === undefined ? Number(number) : quoted.replace(/\\(.)/g, '$1').toLowerCase()
  const equal = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() === expected : value === expected)
  return (doc) => {
    const value = valueAt(doc, attribute!)
    // An array attribute matches when any of its values does.
    return Array.isArray(value) ? value.some(equal) : equal(value)
  }
}

/** Turns a filter in Meilisearch's array form (outer AND, inner OR) or a single condition into a predicate. */
export function parseFilter(filter: SearchBody['filter'], filterable: string[] | undefined, code: string): (doc: Doc) => boolean {
  if (filter === undefined) return () => true
  if (typeof filter === 'string') return parseCondition(filter, filterable, code)
  const groups = filter.map((group) => (Array.isArray(group) ? group : [group]).map((one) => parseCondition(one, filterable, code)))
  return (doc) => groups.every((group) => group.some((condition) => condition(doc)))
}

/** Compares two documents on `attribute:asc|desc`; documents missing the attribute go last; numbers as numbers. */
function compareOn(rule: string): (a: Doc, b: Doc) => number {
  const split = rule.lastIndexOf(':')
  const [attribute, sign] = [rule.slice(0, split), rule.slice(split + 1) === 'desc' ? -1 : 1]
  return (a, b) => {
    const [left, right] = [valueAt(a, attribute), valueAt(b, attribute)]
    if (left === undefined || right === undefined) return left === right ? 0 : left === undefined ? 1 : -1
    if (typeof left === 'number' && typeof right === 'number') return sign * (left - right)
    return sign * String(left).localeCompare(String(right))
  }
}

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').toLowerCase()
/** A word as Meilisearch's tokenizer sees one: letters and digits; everything else separates words. */
export const WORD = /[\p{L}\p{N}]+/gu
const wordsOf = (text: string): string[] => Array.from(text.toLowerCase().matchAll(WORD), (m) => m[0])

/** One term of a query: matched by any of its phrases, each a substring of the document's text. */
type Term = string[]

/**
 * Splits a query into terms as Meilisearch does: at most {@link MAX_QUERY_WORDS} words; a run of 1 to
 * {@link MAX_SYNONYM_TERM_WORDS} words that is a key of the synonyms (both lower-cased and without marks, as
 * Meilisearch normalises them) is one term, matched by itself or any of its synonyms.
 */
export function queryTerms(q: string, synonyms: Record<string, string[]> = {}): Term[] {
  const words = wordsOf(q).slice(0, MAX_QUERY_WORDS)
  const table = new Map<string, string[]>()
  for (const [key, values] of Object.entries(synonyms)) {
    const normal = wordsOf(fold(key)).join(' ')
    table.set(normal, [...(table.get(normal) ?? []), ...values.map((value) => value.toLowerCase())])
  }
  const terms: Term[] = []
  for (let i = 0; i < words.length; ) {
    let size = Math.min(MAX_SYNONYM_TERM_WORDS, words.length - i)
    for (; size > 1 && !table.has(fold(words.slice(i, i + size).join(' '))); size--);
    const phrase = words.slice(i, i + size).join(' ')
    terms.push([phrase, ...(table.get(fold(phrase)) ?? [])])
    i += size
  }
  return terms
}

/**
 * How many of the query's terms a document matches under the matching strategy, or -1 when it does not match:
 * `all` needs every term; `last` needs the first and counts the leading terms it has (terms are dropped from the
 * end); `frequency` counts the terms it has (the fake does not know how frequent each word is).
 */
function matchedTerms(text: string, terms: Term[], strategy: SearchBody['matchingStrategy']): number {
  const has = terms.map((phrases) => phrases.some((phrase) => text.includes(phrase)))
  if (strategy === 'all') return has.every(Boolean) ? terms.length : -1
  if (strategy === 'frequency') return has.some(Boolean) || terms.length === 0 ? has.filter(Boolean).length : -1
  const leading = has.indexOf(false) === -1 ? terms.length : has.indexOf(false)
  return terms.length === 0 || leading > 0 ? leading : -1
}

/** Counts documents per value of each facet attribute: the first `max` values in alphabetical order, as Meilisearch. */
function distribution(docs: Doc[], facets: string[], max: number): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {}
  for (const facet of facets) {
    const all = new Map<string, number>()
    for (const doc of docs) {
      const value = valueAt(doc, facet)
      for (const one of new Set(Array.isArray(value) ? value : [value])) {
        if (one !== undefined && one !== null) all.set(String(one), (all.get(String(one)) ?? 0) + 1)
      }
    }
    counts[facet] = Object.fromEntries([...all].sort(([a], [b]) => (a < b ? -1 : 1)).slice(0, max))
  }
  return counts
}

/** A document that matched, with what the ranking rules read. */
interface Candidate {
  doc: Doc
  words: number
  attributeRank: number
}

/**
 * Answers a search over an index's documents as Meilisearch would, or throws the {@link RequestError} it would answer.
 *
 * @remarks Ranks by the index's `rankingRules` in their order: `words` (terms matched), `attributeRank` (the first
 * searchable attribute that matches), `sort` (the query's sort) and custom rules; the other built-in rules, which
 * read typos and word positions, leave the order as it is. `page`/`hitsPerPage` answer the exhaustive `totalHits`,
 * `offset`/`limit` the `estimatedTotalHits`; both stop at `pagination.maxTotalHits`.
 */
export function searchDocuments(docs: Iterable<Doc>, body: SearchBody, settings: IndexSettings, formatted: (doc: Doc) => Doc): Doc {
  const passes = parseFilter(body.filter, settings.filterableAttributes, 'invalid_search_filter')
  for (const rule of body.sort ?? []) declared(rule.slice(0, rule.lastIndexOf(':')), settings.sortableAttributes, 'invalid_search_sort', 'sortable')
  for (const facet of body.facets ?? []) declared(facet, settings.filterableAttributes, 'invalid_search_facets', 'filterable')
  const searchable = settings.searchableAttributes ?? ['title', 'summary']
  const terms = queryTerms(body.q ?? '', settings.synonyms)
  const candidates: Candidate[] = []
  for (const doc of docs) {
    if (!passes(doc)) continue
    // The fake reads only the title and the summary.
    const texts = searchable.filter((name) => name === 'title' || name === 'summary').map((name) => String(doc[name] ?? '').toLowerCase())
    const words = matchedTerms(texts.join('\n'), terms, body.matchingStrategy ?? 'last')
    if (words < 0) continue
    const first = terms[0]
    const attributeRank = first ? texts.findIndex((text) => first.some((phrase) => text.includes(phrase))) : 0
    candidates.push({ doc, words, attributeRank: attributeRank < 0 ? texts.length : attributeRank })
  }
  const comparators = (settings.rankingRules ?? DEFAULT_RANKING_RULES).flatMap((rule): ((a: Candidate, b: Candidate) => number)[] => {
    if (rule === 'words') return [(a, b) => b.words - a.words]
    if (rule === 'attributeRank' || rule === 'attribute') return [(a, b) => a.attributeRank - b.attributeRank]
    if (rule === 'sort') return (body.sort ?? []).map((one) => ((a, b) => compareOn(one)(a.doc, b.doc)))
    return BUILT_IN_RULES.includes(rule) ? [] : [(a, b) => compareOn(rule)(a.doc, b.doc)]
  })
  candidates.sort((a, b) => comparators.reduce((order, compare) => order || compare(a, b), 0))
  // The first of the documents sharing a value of the distinct attribute; those without one are all kept.
  const seen = new Set<unknown>()
  const distinct = settings.distinctAttribute
  const matching = candidates.map(({ doc }) => doc).filter((doc) => {
    const value = distinct === undefined ? undefined : valueAt(doc, distinct)
    if (value === undefined) return true
    if (seen.has(value)) return false
    seen.add(value)
    return true
  })
  const reachable = matching.slice(0, settings.pagination?.maxTotalHits ?? DEFAULT_MAX_TOTAL_HITS)
  const paged = body.page !== undefined || body.hitsPerPage !== undefined
  const hitsPerPage = body.hitsPerPage ?? 20
  const page = body.page ?? 1
  const [offset, limit] = paged ? [(page - 1) * hitsPerPage, hitsPerPage] : [body.offset ?? 0, body.limit ?? 20]
  const hits = reachable.slice(offset, offset + limit).map(({ body: _body, key: _key, ...doc }) => ({ ...doc, _formatted: formatted(doc) }))
  const answer: Doc = paged
    ? { hits, query: body.q ?? '', processingTimeMs: 3, hitsPerPage, page, totalPages: Math.ceil(reachable.length / Math.max(1, hitsPerPage)), totalHits: reachable.length }
    : { hits, query: body.q ?? '', processingTimeMs: 3, limit, offset, estimatedTotalHits: reachable.length }
  if (body.facets) answer.facetDistribution = distribution(matching, body.facets, settings.faceting?.maxValuesPerFacet ?? DEFAULT_MAX_VALUES_PER_FACET)
  return answer
}
