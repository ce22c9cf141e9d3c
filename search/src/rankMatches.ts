import type { Options } from 'minisearch'
import type { IndexReader, Leaf, Scored } from './IndexReader'
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
 * engine's. `notInForce` scales the score of a legal document no longer in force (`SearchDocument.inForce`): a
 * decision and the one that replaced it, worded alike, score within about a tenth of each other (8 % apart in
 * `engines.test.ts`), so the one in force comes first; a record that matches clearly better, by a quarter or more (twice
 * the score there, for the query's words in the title against words only in a summary), still comes first.
 */
const WEIGHTS = { title: 1, number: 4, text: 1, folded: 0.3, pairs: 1, swap: 0.45, numberKey: 20, notInForce: 0.8 } as const

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

/** The leaves of a query and what is needed to read its results. */
interface Plan {
  leaves: Leaf[]
  /** Query term as sent → indexes of the folded query words it stands for, to tell which clauses a record matched. */
  wordsOf: Map<string, number[]>
  /** Per clause, per alternative, the indexes of its words. */
  clauseWords: number[][][]
  wordCount: number
  numberKeys: string[]
}

const leaf = (terms: string[], fields: readonly string[], boost: Record<string, number>, options: Partial<Leaf> = {}): Leaf => ({
  terms,
  fields,
  boost,
  ...options,
})

/**
 * Builds the OR of every way a query can match, remembering which query word each term stands for.
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
  const leaves: Leaf[] = []
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
          const options: Partial<Leaf> = { fuzzy: variant.edits || false, prefix: prefix && i === 0 }
          if (i > 0) options.termBoost = WEIGHTS.swap
          leaves.push(leaf([variant.term], FOLDED_FIELDS, foldedBoost, options))
        }
        if (!toned) return
        for (const exact of exactOf.get(word) ?? []) {
          note(exact, word)
          leaves.push(leaf([exact], [EXACT_TITLE, EXACT_TEXT], exactBoost))
        }
      })
    }
  })
  const pairs = [...new Set(pairTerms(q))]
  if (pairs.length > 0) {
    const boost = { [TITLE_PAIRS]: WEIGHTS.title * WEIGHTS.pairs, [TEXT_PAIRS]: WEIGHTS.text * WEIGHTS.pairs }
    leaves.push(leaf(pairs, [TITLE_PAIRS, TEXT_PAIRS], boost))
  }
  const numberKeys = numberQueryKeys(q)
  if (numberKeys.length > 0) {
    leaves.push(leaf(numberKeys, [NUMBER_KEY], { [NUMBER_KEY]: WEIGHTS.numberKey }, { prefix: true }))
  }
  return { leaves, wordsOf, clauseWords, wordCount: wordIndex.size, numberKeys }
}

/**
 * Returns, for each matched record, how many clauses from the start of the query it matched.
 *
 * @remarks A clause matches when every word of one of its alternatives did. One scratch array serves every record,
 * since this runs over all of them.
 */
function matchedPrefixes(scored: Scored, plan: Plan): Uint8Array {
  const { clauseWords, wordsOf, wordCount } = plan
  if (wordCount > 32) return matchedPrefixesSlowly(scored, plan)
  // With at most 32 query words, each set of words is one 32-bit mask.
  const maskOf = (words: readonly number[]) => words.reduce((mask, word) => (mask | (1 << word)) >>> 0, 0)
  const termMasks = Uint32Array.from(scored.queryTerms, (term) => maskOf(wordsOf.get(term) ?? []))
  const clauseMasks = clauseWords.map((alternatives) => Uint32Array.from(alternatives, maskOf))
  const { docs, bits, words } = scored
  const prefixes = new Uint8Array(docs.length)
  for (let i = 0; i < docs.length; i++) {
    let matched = 0
    for (let w = 0; w < words; w++) {
      let set = bits[docs[i] * words + w]
      while (set !== 0) {
        const low = set & -set
        matched |= termMasks[w * 32 + 31 - Math.clz32(low)]
        set ^= low
      }
    }
    let prefix = 0
    for (; prefix < clauseMasks.length; prefix++) {
      const alternatives = clauseMasks[prefix]
      let any = false
      for (let a = 0; a < alternatives.length && !any; a++) any = (matched & alternatives[a]) >>> 0 === alternatives[a]
      if (!any) break
    }
    prefixes[i] = prefix
  }
  return prefixes
}

/** {@link matchedPrefixes} for queries of more than 32 words. */
function matchedPrefixesSlowly(scored: Scored, { clauseWords, wordsOf, wordCount }: Plan): Uint8Array {
  const matched = new Uint8Array(wordCount)
  const termWords = scored.queryTerms.map((term) => wordsOf.get(term) ?? [])
  const prefixes = new Uint8Array(scored.docs.length)
  scored.docs.forEach((doc, i) => {
    matched.fill(0)
    termWords.forEach((words, term) => {
      if (scored.matched(doc, term)) for (const word of words) matched[word] = 1
    })
    let prefix = 0
    while (prefix < clauseWords.length && clauseWords[prefix].some((all) => all.every((w) => matched[w] === 1))) prefix++
    prefixes[i] = prefix
  })
  return prefixes
}

/** The records that matched a query, unordered, and how to order them. */
export interface Ranking {
  /** Short ids of the matched records. */
  docs: Int32Array
  /** Orders two matched records best first; stable across calls for the same ranking. */
  compare: (a: number, b: number) => number
  /** Indexed terms a matched record matched, for highlighting. */
  termsOf: (doc: number) => string[]
}

/** Arrays by short id that every ranking of a reader reuses (queries run one at a time, synchronously). */
const scratches = new WeakMap<IndexReader, { position: Int32Array; numbered: Uint8Array }>()

function scratchOf(reader: IndexReader): { position: Int32Array; numbered: Uint8Array } {
  let scratch = scratches.get(reader)
  if (!scratch) scratches.set(reader, (scratch = { position: new Int32Array(reader.size), numbered: new Uint8Array(reader.size) }))
  return scratch
}

/**
 * Matches the records of an index for a non-blank query.
 *
 * @remarks Keyword queries keep only the records that match the longest run of their words from the start, so
 * trailing words are dropped only when nothing matches them all, and typos are tolerated only then too. Sentence
 * queries keep every record that matches a word, ranked by score, without typo look-ups: one mistyped word among
 * many barely changes the ranking, while expanding every word to its typo neighbours (`chieu` → `chien`, `hieu`)
 * pulls in common unrelated words, which costs time and adds noise. A record whose number is exactly what was
 * typed always comes first; then the best score, that of a record no longer in force scaled by
 * `WEIGHTS.notInForce`; ties keep the order in which records were first matched.
 *
 * @param notInForce by short id, 1 for a record no longer in force
 */
export function rankMatches(
  reader: IndexReader,
  q: string,
  accepts?: Uint8Array,
  within?: Uint8Array,
  notInForce?: Uint8Array,
): Ranking {
  const clauses = analyzeQuery(q)
  const run = (typos: boolean) => {
    const query = plan(q, clauses, typos)
    return { query, scored: reader.score(query.leaves, accepts, within) }
  }
  let { query, scored } = run(false)
  let docs = scored.docs
  if (isKeywordQuery(clauses)) {
    let prefixes = matchedPrefixes(scored, query)
    // Typos are looked up only when no record has every word as typed, so they never crowd out exact matches.
    if (!prefixes.includes(clauses.length)) {
      ;({ query, scored } = run(true))
      prefixes = matchedPrefixes(scored, query)
    }
    let best = 0
    for (let i = 0; i < prefixes.length; i++) if (prefixes[i] > best) best = prefixes[i]
    docs = scored.docs
    if (best > 0) {
      let kept = 0
      for (let i = 0; i < docs.length; i++) if (prefixes[i] === best) docs[kept++] = docs[i]
      docs = docs.subarray(0, kept)
    }
  }
  // Position of first match and whether the number matched exactly, by short id; valid for the matched records.
  const { position, numbered } = scratchOf(reader)
  for (let i = 0; i < scored.docs.length; i++) position[scored.docs[i]] = i
  for (let i = 0; i < docs.length; i++) numbered[docs[i]] = 0
  for (const key of query.numberKeys) {
    const withKey = reader.withTerm(key, NUMBER_KEY)
    for (const doc of docs) if (withKey.has(doc)) numbered[doc] = 1
  }
  const { score } = scored
  if (notInForce) for (const doc of docs) if (notInForce[doc] === 1) score[doc] *= WEIGHTS.notInForce
  return {
    docs,
    compare: (a, b) => numbered[b] - numbered[a] || score[b] - score[a] || position[a] - position[b],
    termsOf: scored.termsOf,
  }
}
