import { fold, TOKEN_PATTERN, WORD_PATTERN } from './vietnamese'

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes the five HTML-significant characters. */
export function escapeHtml(text: string): string {
  return HTML_SIGNIFICANT.test(text) ? text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char) : text
}

const HTML_SIGNIFICANT = /[&<>"']/
const SEPARATOR = /[./-]/

/** Folded forms of the words highlighted lately: folding each word of every hit cost more than the search. */
const folded = new Map<string, string>()
const MAX_FOLDED = 100_000

function foldWord(word: string): string {
  let form = folded.get(word)
  if (form === undefined) {
    if (folded.size >= MAX_FOLDED) folded.clear()
    folded.set(word, (form = fold(word)))
  }
  return form
}

/** Folded forms of the texts highlighted lately: the titles and summaries of the records people find. */
const foldedTexts = new Map<string, string>()
const MAX_FOLDED_TEXTS = 20_000

function foldText(text: string): string {
  let form = foldedTexts.get(text)
  if (form === undefined) {
    if (foldedTexts.size >= MAX_FOLDED_TEXTS) foldedTexts.clear()
    foldedTexts.set(text, (form = fold(text)))
  }
  return form
}

/** Escapes a text and wraps each word of it whose folded form is in `terms` in `<mark>`. */
function markWords(text: string, pattern: RegExp, terms: ReadonlySet<string>, inner?: RegExp): string {
  let html = ''
  let last = 0
  for (const match of text.matchAll(pattern)) {
    const [word] = match
    if (match.index > last) html += escapeHtml(text.slice(last, match.index))
    if (terms.has(foldWord(word))) html += `<mark>${escapeHtml(word)}</mark>`
    // Only a compound token (`15/2020/QĐ-UBND`) has smaller words inside that could match on their own.
    else html += inner && SEPARATOR.test(word) ? markWords(word, inner, terms) : escapeHtml(word)
    last = match.index + word.length
  }
  return html + escapeHtml(text.slice(last))
}

/** A letter or digit: what a marked term may not be directly preceded or followed by. */
const WORD_CHAR = /[\p{L}\p{N}]/u

/**
 * {@link markWords} by searching the folded text for each term, when folding keeps every character in place.
 *
 * @returns undefined when folding changed the text's length (a character outside Vietnamese), so positions in the
 * folded text would not be positions in the original
 * @remarks Folding and tokenising every word of every hit cost as much as scoring the query; folding the text once
 * and looking each matched term up with `indexOf` costs a fraction. A term counts only as a whole word or a whole
 * part of a compound token (bounded by anything but a letter or digit), and where a whole number and its parts both
 * matched, the longer mark wins, as in {@link markWords}.
 */
function markFolded(text: string, terms: ReadonlySet<string>): string | undefined {
  const folded = foldText(text)
  if (folded.length !== text.length) return undefined
  const marks: [number, number][] = []
  for (const term of terms) {
    // Word pairs (they start with a space) and exact-tone forms are marked through their folded words.
    if (term.length === 0 || term !== foldWord(term)) continue
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const end = at + term.length
      if ((at > 0 && WORD_CHAR.test(folded[at - 1]!)) || (end < folded.length && WORD_CHAR.test(folded[end]!))) continue
      marks.push([at, end])
    }
  }
  if (marks.length === 0) return escapeHtml(text)
  marks.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  let html = ''
  let last = 0
  for (const [start, end] of marks) {
    if (start < last) continue
    html += `${escapeHtml(text.slice(last, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`
    last = end
  }
  return html + escapeHtml(text.slice(last))
}

/**
 * Returns the text as HTML with every word whose folded form is in `terms` wrapped in `<mark>`.
 *
 * @remarks Comparing folded forms lets the folded terms a query matched mark the accented original (`ho` marks `Hộ`);
 * a whole document number is marked when it matched as one term, otherwise its matching parts are.
 */
export function highlight(text: string, terms: ReadonlySet<string>): string {
  const nfc = text.normalize('NFC')
  if (terms.size === 0) return escapeHtml(nfc)
  return markFolded(nfc, terms) ?? markWords(nfc, TOKEN_PATTERN, terms, WORD_PATTERN)
}
