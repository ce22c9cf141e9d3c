/**
 * Vietnamese text rules shared by every engine: folding, tokenising, document numbers, typo budget and synonyms.
 *
 * @remarks Kept in one module so the embedded engine, the Meilisearch settings and the highlighter agree on what a
 * "word" is and when two words are the same.
 */

const COMBINING_MARKS = /\p{M}/gu
/** Matches a token: a word, or words joined by `/`, `-` or `.` without spaces (`15/2020/QĐ-UBND`, `1.001108`). */
export const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:[./-][\p{L}\p{N}]+)*/gu
/** Matches a single word: letters and digits only. */
export const WORD_PATTERN = /[\p{L}\p{N}]+/gu
const SEPARATOR = /[./-]/
const DIGIT = /\p{N}/u

/** NFC-normalises and lower-cases text, keeping its tone marks. */
export function normalize(text: string): string {
  return text.normalize('NFC').toLowerCase()
}

/**
 * Folds text for matching: NFC, lower case, tone and vowel marks removed, `đ` to `d`.
 *
 * @example fold('Hộ chiếu') === 'ho chieu'; fold('ĐĂNG KÝ') === 'dang ky'
 */
export function fold(text: string): string {
  return normalize(text).normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd')
}

/** A tone mark (huyền, sắc, ngã, hỏi, nặng) after NFD; vowel marks such as the breve of `ă` are not tones. */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u
/** A word in NFD text: letters and digits with their combining marks. */
const DECOMPOSED_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu

/** Whether text carries any Vietnamese mark (tone or vowel mark, or `đ`), i.e. the user typed with accents. */
export function hasMarks(text: string): boolean {
  const decomposed = normalize(text).normalize('NFD')
  return decomposed.includes('đ') || /\p{M}/u.test(decomposed)
}

/** Moves the tone mark of a lower-cased NFD word to its end. */
function toneLast(word: string): string {
  const tone = TONE_MARK.exec(word)
  return tone ? word.slice(0, tone.index) + word.slice(tone.index + 1) + tone[0] : word
}

/**
 * Returns a word as written, lower-cased and decomposed (NFD), with its tone mark moved to the end.
 *
 * @example exactForm('Uỷ') === exactForm('ủy') === 'uy\u0309'; exactForm('Năm') === 'năm'.normalize('NFD')
 * @remarks Old and new tone placement (`hoà`/`hòa`, `uỷ`/`ủy`) are the same word; `năm`, `nấm` and `nam` are not.
 * The form is an index key, never shown: NFD spares composing every word of every document again.
 */
export function exactForm(word: string): string {
  return toneLast(word.normalize('NFD').toLowerCase())
}

/** Splits text into words with their marks kept ({@link exactForm}), for ranking exact-tone matches first. */
export function exactTokens(text: string): string[] {
  return Array.from(text.normalize('NFD').toLowerCase().matchAll(DECOMPOSED_WORD), (match) => toneLast(match[0]))
}

/**
 * Returns the folded pairs of neighbouring words, joined by a space.
 *
 * @example wordPairs('Cấp hộ chiếu') → ['cap ho', 'ho chieu']
 * @remarks Most Vietnamese words have two syllables, so a pair is close to a word: `ho chieu` is far more specific
 * than `ho` and `chieu`, and it tells `cơ quan` from the many folded syllables `co` stands for.
 */
export function wordPairs(text: string): string[] {
  const words = Array.from(fold(text).matchAll(WORD_PATTERN), (match) => match[0])
  return words.slice(1).map((word, i) => `${words[i]} ${word}`)
}

/**
 * Normalises a document number or procedure code for comparison: folded, no spaces around separators.
 *
 * @example normalizeNumber('15/2020/QĐ - UBND') === '15/2020/qd-ubnd'
 */
export function normalizeNumber(number: string): string {
  return fold(number).trim().replace(/\s*([./-])\s*/g, '$1')
}

/**
 * Squeezes a document number to letters and digits only, so any spelling of its separators gives the same key.
 *
 * @example numberKey('15/2020/QĐ-UBND') === numberKey('15 2020 qd ubnd') // '152020qdubnd'
 */
export function numberKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]/gu, '')
}

/**
 * Returns the {@link numberKey}s a query may give for a document number or procedure code, or none without digits.
 *
 * @example numberQueryKeys('qd 15/2020') → ['qd152020', '152020qd', '152020']
 * @remarks Numbers are written number/year/type-issuer, but people type the type first (`qd 15/2020`) or only the
 * number and year; the keys are meant as prefixes of the document's own key (`152020qdubnd`).
 */
export function numberQueryKeys(query: string): string[] {
  const tokens = compoundTokens(query)
  const numeric = tokens.filter((token) => DIGIT.test(token))
  if (numeric.length === 0) return []
  const letters = tokens.filter((token) => !DIGIT.test(token))
  return [...new Set([tokens, [...numeric, ...letters], numeric].map((parts) => numberKey(parts.join(' '))))]
}

/** Returns the folded tokens of a text, word by word; `/`, `-` and `.` do not split a token. */
function compoundTokens(text: string): string[] {
  return Array.from(fold(text).matchAll(TOKEN_PATTERN), (match) => match[0])
}

/** Returns the words inside a compound token, or nothing for a plain word. */
function partsOf(token: string): string[] {
  return SEPARATOR.test(token) ? token.split(SEPARATOR) : []
}

/**
 * Splits text into folded index terms; a document number yields its normalised whole plus its parts.
 *
 * @example tokenize('Quyết định 15/2020/QĐ-UBND') → ['quyet', 'dinh', '15/2020/qd-ubnd', '15', '2020', 'qd', 'ubnd']
 * @remarks Emitting both forms lets `15/2020/qd-ubnd` match exactly and `15 2020 QĐ UBND` match by its parts.
 */
export function tokenize(text: string): string[] {
  return compoundTokens(text).flatMap((token) => [token, ...partsOf(token)])
}

/** Meilisearch's word sizes for typos; the embedded engine's {@link typoBudget} uses the same thresholds. */
export const MIN_WORD_SIZE_FOR_TYPOS = { oneTypo: 5, twoTypos: 9 } as const

/**
 * Number of typos a folded query term may contain: none up to 4 letters, 1 for 5–8, 2 from 9.
 *
 * @remarks Terms with digits get none: `15/2020` must never match `16/2020`.
 */
export function typoBudget(term: string): 0 | 1 | 2 {
  if (DIGIT.test(term)) return 0
  const length = [...term].length
  if (length >= MIN_WORD_SIZE_FOR_TYPOS.twoTypos) return 2
  return length >= MIN_WORD_SIZE_FOR_TYPOS.oneTypo ? 1 : 0
}

/** A term to look up and how many insertions, deletions or substitutions it may still differ by. */
export interface TypoVariant {
  term: string
  edits: number
}

/**
 * Lists what a folded query term may match within its {@link typoBudget}, counting a swap of two letters as one typo.
 *
 * @example typoVariants('chieu') → chieu with 1 edit left, then hcieu, ciheu, cheiu, chiue with none
 * @remarks Edit distance counts a swap as two edits, so each swapped spelling is listed with one edit fewer left.
 */
export function typoVariants(term: string): TypoVariant[] {
  const budget = typoBudget(term)
  if (budget === 0) return [{ term, edits: 0 }]
  const letters = [...term]
  const swaps = new Set<string>()
  for (let i = 0; i + 1 < letters.length; i++) {
    if (letters[i] === letters[i + 1]) continue
    const swapped = [...letters]
    ;[swapped[i], swapped[i + 1]] = [letters[i + 1], letters[i]]
    swaps.add(swapped.join(''))
  }
  return [{ term, edits: budget }, ...[...swaps].map((swap) => ({ term: swap, edits: budget - 1 }))]
}

/**
 * Groups of equivalent phrases, mostly an abbreviation and its spelled-out form.
 *
 * @remarks Used both ways: `UBND` finds `ủy ban nhân dân` and `ủy ban nhân dân` finds `UBND`.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['UBND', 'ủy ban nhân dân'],
  ['HĐND', 'hội đồng nhân dân'],
  ['TTHC', 'thủ tục hành chính'],
  ['VBQPPL', 'văn bản quy phạm pháp luật'],
  ['NĐ-CP', 'nghị định chính phủ'],
  ['NĐ', 'nghị định'],
  ['QĐ', 'quyết định'],
  ['TT', 'thông tư'],
  ['ABTC', 'thẻ đi lại doanh nhân APEC'],
  ['PAKN', 'phản ánh kiến nghị'],
  ['CCCD', 'căn cước công dân'],
  ['CMND', 'chứng minh nhân dân'],
  ['GPLX', 'giấy phép lái xe'],
  ['BHXH', 'bảo hiểm xã hội'],
  ['BHYT', 'bảo hiểm y tế'],
  ['TAND', 'tòa án nhân dân'],
  ['VKSND', 'viện kiểm sát nhân dân'],
]

/** Folded phrase (tokens joined by a space) → every form of its synonym group, as token lists. */
const synonymIndex = new Map<string, string[][]>()
for (const group of SYNONYMS) {
  const forms = group.map(compoundTokens)
  for (const form of forms) synonymIndex.set(form.join(' '), forms)
}
const longestSynonym = Math.max(...[...synonymIndex.keys()].map((key) => key.split(' ').length))

/** One required part of a query: any one alternative matches it, and an alternative needs all of its words. */
export type QueryClause = string[][]

/** Adds the parts of a one-token compound as a second way to match it. */
function withParts(form: string[]): string[][] {
  return form.length === 1 && partsOf(form[0]).length > 0 ? [form, partsOf(form[0])] : [form]
}

/** Finds the longest synonym phrase starting at `start`. */
function synonymAt(tokens: string[], start: number): { forms: string[][]; size: number } | undefined {
  for (let size = Math.min(longestSynonym, tokens.length - start); size >= 1; size--) {
    const forms = synonymIndex.get(tokens.slice(start, start + size).join(' '))
    if (forms) return { forms, size }
  }
  return undefined
}

/**
 * Turns a user query into clauses that must all match, expanding document numbers and synonyms.
 *
 * @example analyzeQuery('hộ chiếu') → [[['ho']], [['chieu']]]
 * @example analyzeQuery('UBND') → [[['ubnd'], ['uy', 'ban', 'nhan', 'dan']]]
 * @example analyzeQuery('15/2020/QĐ-UBND') → [[['15/2020/qd-ubnd'], ['15', '2020', 'qd', 'ubnd']]]
 */
export function analyzeQuery(query: string): QueryClause[] {
  const tokens = compoundTokens(query)
  const clauses: QueryClause[] = []
  for (let i = 0; i < tokens.length; ) {
    const { forms, size } = synonymAt(tokens, i) ?? { forms: [[tokens[i]]], size: 1 }
    const alternatives = forms.flatMap(withParts)
    clauses.push([...new Map(alternatives.map((words) => [words.join(' '), words])).values()])
    i += size
  }
  return clauses
}

/**
 * Longest query, in clauses, that is treated as keywords rather than as a sentence.
 *
 * @remarks Keywords (`hộ chiếu công vụ`) should all match, so when none matches them all the trailing ones are
 * dropped, as Meilisearch's `last` strategy does. A question or a statement (`Người xem dưới 16 tuổi được xem phim
 * …`) is phrased, not chosen: its last words matter as much as its first, so it is ranked on every word instead.
 */
export const MAX_KEYWORD_CLAUSES = 6

/** Whether a query's clauses are few enough to be keywords; see {@link MAX_KEYWORD_CLAUSES}. */
export function isKeywordQuery(clauses: readonly QueryClause[]): boolean {
  return clauses.length <= MAX_KEYWORD_CLAUSES
}

/**
 * Function words that carry no meaning of their own in a sentence; sentence queries do not look them up alone.
 *
 * @remarks They still count inside {@link wordPairs} (`cơ quan`, `ma túy`), where they tell words apart. Keyword
 * queries keep them, because there each word was chosen.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'của và là các những được cho với trong có này theo thì mà để khi từ đến về tại do bị hoặc nếu không một ' +
    'đã sẽ đang cũng như nào gì đây'
  )
    .split(' ')
    .map(exactForm),
)

const FOLDED_STOP_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS].map(fold))

/** Whether a query word is in {@link STOP_WORDS}: by its marks if the query has any, by its folded form if not. */
export function isStopWord(word: string, toned: boolean): boolean {
  return toned ? STOP_WORDS.has(exactForm(word)) : FOLDED_STOP_WORDS.has(fold(word))
}

/**
 * The synonym table in Meilisearch's `synonyms` setting shape, each phrase of at most three words mapped to every
 * other form.
 *
 * @remarks Keys and values are given both with tone marks and folded, so the table works whether or not the
 * server's normaliser strips Vietnamese marks. Meilisearch looks synonyms up only for terms of one to three words
 * (https://github.com/meilisearch/documentation/issues/2676), so a longer phrase is no key: the Meilisearch engine
 * writes it as its short form before searching (`contractLongForms`, meilisearchQuery.ts), and the short form's
 * entry lists it.
 */
export function meilisearchSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {}
  const words = (phrase: string) => Array.from(phrase.matchAll(WORD_PATTERN)).length
  for (const group of SYNONYMS) {
    const variants = (phrase: string) => [...new Set([normalize(phrase), fold(phrase)])]
    for (const phrase of group.filter((one) => words(one) <= 3)) {
      const others = group.filter((other) => other !== phrase).flatMap(variants)
      for (const key of variants(phrase)) synonyms[key] = [...new Set([...(synonyms[key] ?? []), ...others])]
    }
  }
  return synonyms
}
