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

/**
 * Returns the text as HTML with every word whose folded form is in `terms` wrapped in `<mark>`.
 *
 * @remarks Comparing folded forms lets the folded terms a query matched mark the accented original (`ho` marks `Hộ`);
 * a whole document number is marked when it matched as one term, otherwise its matching parts are.
 */
export function highlight(text: string, terms: ReadonlySet<string>): string {
  if (terms.size === 0) return escapeHtml(text.normalize('NFC'))
  return markWords(text.normalize('NFC'), TOKEN_PATTERN, terms, WORD_PATTERN)
}
