import MiniSearch, { type Options, type Query, type SearchOptions, type SearchResult } from 'minisearch'
import type { SearchDocument } from './SearchEngine'
import {
  analyzeQuery,
  exactForm,
  exactTokens,
  fold,
  hasMarks,
  isKeywordQuery,
  isStopWord,
  normalize,
  numberKey,
  numberQueryKeys,
  tokenize,
  typoVariants,
  wordPairs,
  WORD_PATTERN,
  type QueryClause,
} from './vietnamese'

/** A record that matched, with the indexed terms it matched (for highlighting). */
export interface RankedMatch {
  id: string
  terms: readonly string[]
}

/** Folded words of the title, the number and the rest; the highlighter and typo tolerance work on these. */
const FOLDED_FIELDS = ['title', 'number', 'text'] as const
/** Hidden fields: words with their tone marks, folded word pairs, and the squeezed document number. */
const EXACT_TITLE = 'exactTitle'
const EXACT_TEXT = 'exactText'
const TITLE_PAIRS = 'titlePairs'
const TEXT_PAIRS = 'textPairs'
const NUMBER_KEY = 'numberKey'
/** Starts every pair term, so the prefix and typo look-ups of a single word never walk through the pairs. */
const PAIR_MARK = ' '

/**
 * How much a match in each kind of field counts.
 *
 * @remarks `folded` applies when the query has marks, so a word typed `năm` counts fully only where the text says
 * `năm`, and a little where it says `Nam` or `nấm`; a query without marks is matched on folded words alone. The
 * title needs no extra weight: each field is scored against its own average length, so a word in a short title
 * already counts for much, and the title has its own exact-tone and pair fields. On the shared eval data a title
 * weight of 1 ranks best, 1.5 still meets the targets and 2 does not (toned MRR@10 0.796); keyword queries on the
 * benchmark records put the same titles first at 1 and 1.5. `swap` is MiniSearch's own weight for a fuzzy match; `number` and `numberKey` are the previous
 * engine's.
 */
const WEIGHTS = { title: 1, number: 4, text: 1, folded: 0.3, pairs: 1, swap: 0.45, numberKey: 20 } as const

const textOf = (doc: SearchDocument): string => [doc.summary, doc.body].filter(Boolean).join('\n')
const pairTerms = (text: string): string[] => wordPairs(text).map((pair) => PAIR_MARK + pair)

const TOKENIZERS: Record<string, (text: string) => string[]> = {
  [EXACT_TITLE]: exactTokens,
  [EXACT_TEXT]: exactTokens,
  [TITLE_PAIRS]: pairTerms,
  [TEXT_PAIRS]: pairTerms,
}

/** The MiniSearch options of the embedded index; loading a snapshot needs the same ones. */
export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: [...FOLDED_FIELDS, EXACT_TITLE, EXACT_TEXT, TITLE_PAIRS, TEXT_PAIRS, NUMBER_KEY],
  idField: 'id',
  extractField: (doc, field) => {
    if (field === NUMBER_KEY) return doc.number && numberKey(doc.number)
    if (field === 'title' || field === EXACT_TITLE || field === TITLE_PAIRS) return doc.title
    if (field === 'text' || field === EXACT_TEXT || field === TEXT_PAIRS) return textOf(doc)
    return doc[field as keyof SearchDocument]
  },
  tokenize: (text, field) => (TOKENIZERS[field ?? ''] ?? tokenize)(text),
  processTerm: (term) => term,
  searchOptions: {
    combineWith: 'OR',
    // Queries arrive already analysed, one term per leaf.
    tokenize: (term) => [term],
    processTerm: (term) => term,
  },
}

/** A query tree and what is needed to read its results. */
interface Plan {
  tree: Query
  /** Query term as sent → indexes of the folded query words it stands for, to tell which clauses a record matched. */
  wordsOf: Map<string, number[]>
  /** Per clause, per alternative, the indexes of its words. */
  clauseWords: number[][][]
  wordCount: number
  numberKeys: string[]
}

const leaf = (terms: string[], fields: readonly string[], boost: Record<string, number>, options: SearchOptions = {}) =>
  ({ queries: terms, fields: [...fields], boost, combineWith: 'OR', ...options }) as Query

/**
 * Builds one OR query over every way a query can match, remembering which query word each term stands for.
 *
 * @param typos whether words may match within their typo budget; otherwise only as typed (and the last as a prefix)
 */
function plan(q: string, clauses: QueryClause[], typos: boolean): Plan {
  const toned = hasMarks(q)
  const sentence = !isKeywordQuery(clauses)
  const wordIndex = new Map<string, number>()
  const indexOf = (word: string) => wordIndex.get(word) ?? wordIndex.set(word, wordIndex.size).size - 1
  const clauseWords = clauses.map((alternatives) => alternatives.map((words) => words.map(indexOf)))
  const wordsOf = new Map<string, number[]>()
  const note = (term: string, word: string) => {
    const words = wordsOf.get(term) ?? []
    if (!words.includes(indexOf(word))) wordsOf.set(term, [...words, indexOf(word)])
  }
  // Folded word → the forms it was typed in. In a sentence, a word typed only as a stop word is not looked up alone
  // (it still counts in pairs).
  const exactOf = new Map<string, Set<string>>()
  const stopped = new Set<string>()
  for (const [word] of normalize(q).matchAll(WORD_PATTERN)) {
    if (sentence && isStopWord(word, toned)) stopped.add(fold(word))
    else exactOf.set(fold(word), (exactOf.get(fold(word)) ?? new Set()).add(exactForm(word)))
  }
  const folded = toned ? WEIGHTS.folded : 1
  const foldedBoost = Object.fromEntries(FOLDED_FIELDS.map((field) => [field, WEIGHTS[field] * folded]))
  const exactBoost = { [EXACT_TITLE]: WEIGHTS.title, [EXACT_TEXT]: WEIGHTS.text }
  const queries: Query[] = []
  const seen = new Set<string>()
  clauses.forEach((alternatives, clause) => {
    const last = clause === clauses.length - 1
    for (const words of alternatives) {
      words.forEach((word, position) => {
        const prefix = last && position === words.length - 1
        const key = `${word}:${prefix}`
        if (seen.has(key) || (stopped.has(word) && !exactOf.has(word))) return
        seen.add(key)
        const variants = typos ? typoVariants(word) : [{ term: word, edits: 0 }]
        for (const [i, variant] of variants.entries()) {
          note(variant.term, word)
          const options = { fuzzy: variant.edits || false, prefix: prefix && i === 0 }
          if (i > 0) Object.assign(options, { boostTerm: () => WEIGHTS.swap })
          queries.push(leaf([variant.term], FOLDED_FIELDS, foldedBoost, options))
        }
        if (!toned) return
        for (const exact of exactOf.get(word) ?? []) {
          note(exact, word)
          queries.push(leaf([exact], [EXACT_TITLE, EXACT_TEXT], exactBoost))
        }
      })
    }
  })
  const pairs = [...new Set(pairTerms(q))]
  if (pairs.length > 0) {
    const boost = { [TITLE_PAIRS]: WEIGHTS.title * WEIGHTS.pairs, [TEXT_PAIRS]: WEIGHTS.text * WEIGHTS.pairs }
    queries.push(leaf(pairs, [TITLE_PAIRS, TEXT_PAIRS], boost))
  }
  const numberKeys = numberQueryKeys(q)
  if (numberKeys.length > 0) {
    queries.push(leaf(numberKeys, [NUMBER_KEY], { [NUMBER_KEY]: WEIGHTS.numberKey }, { prefix: true }))
  }
  return { tree: { combineWith: 'OR', queries }, wordsOf, clauseWords, wordCount: wordIndex.size, numberKeys }
}

/**
 * Returns, for each result, how many clauses from the start of the query it matched.
 *
 * @remarks A clause matches when every word of one of its alternatives did. One scratch array serves every result,
 * since this runs over all of them.
 */
function matchedPrefixes(results: SearchResult[], { clauseWords, wordsOf, wordCount }: Plan): number[] {
  const matched = new Uint8Array(wordCount)
  return results.map((result) => {
    matched.fill(0)
    for (const term of result.queryTerms) for (const word of wordsOf.get(term) ?? []) matched[word] = 1
    const first = clauseWords.findIndex((alternatives) => !alternatives.some((words) => words.every((w) => matched[w])))
    return first === -1 ? clauseWords.length : first
  })
}

/**
 * Ranks the records of an index for a non-blank query, best first.
 *
 * @remarks Keyword queries keep only the records that match the longest run of their words from the start, so
 * trailing words are dropped only when nothing matches them all, and typos are tolerated only then too. Sentence
 * queries keep every record that matches a word, ranked by score, without typo look-ups: one mistyped word among
 * many barely changes the ranking, while expanding every word to its typo neighbours (`chieu` → `chien`, `hieu`)
 * pulls in common unrelated words, which costs time and adds noise. A record whose number is exactly what was
 * typed always comes first.
 */
export function rankMatches(
  index: MiniSearch<SearchDocument>,
  q: string,
  filter?: (id: string) => boolean,
): RankedMatch[] {
  const clauses = analyzeQuery(q)
  const run = (typos: boolean) => {
    const query = plan(q, clauses, typos)
    return { query, results: index.search(query.tree, filter && { filter: (result) => filter(result.id) }) }
  }
  let { query, results } = run(false)
  if (isKeywordQuery(clauses)) {
    let prefixes = matchedPrefixes(results, query)
    // Typos are looked up only when no record has every word as typed, so they never crowd out exact matches.
    if (!prefixes.includes(clauses.length)) {
      ;({ query, results } = run(true))
      prefixes = matchedPrefixes(results, query)
    }
    const best = prefixes.reduce((max, prefix) => Math.max(max, prefix), 0)
    if (best > 0) results = results.filter((_, i) => prefixes[i] === best)
  }
  const isNumber = (result: SearchResult) => query.numberKeys.some((key) => result.match[key]?.includes(NUMBER_KEY))
  const numbered = results.filter(isNumber)
  const ordered = numbered.length > 0 ? [...numbered, ...results.filter((result) => !isNumber(result))] : results
  return ordered.map((result) => ({ id: result.id, terms: result.terms }))
}
