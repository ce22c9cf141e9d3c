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
 * The synonym table in Meilisearch's `synonyms` setting shape, each phrase mapped to every other form.
 *
 * @remarks Keys and values are given both with tone marks and folded, so the table works whether or not the
 * server's normaliser strips Vietnamese marks.
 */
export function meilisearchSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {}
  for (const group of SYNONYMS) {
    const variants = (phrase: string) => [...new Set([normalize(phrase), fold(phrase)])]
    for (const phrase of group) {
      const others = group.filter((other) => other !== phrase).flatMap(variants)
      for (const key of variants(phrase)) synonyms[key] = [...new Set([...(synonyms[key] ?? []), ...others])]
    }
  }
  return synonyms
}
