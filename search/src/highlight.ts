import { fold, TOKEN_PATTERN, WORD_PATTERN } from './vietnamese'

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes the five HTML-significant characters. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char)
}

/** Escapes a text and wraps each word of it whose folded form is in `terms` in `<mark>`. */
function markWords(text: string, pattern: RegExp, terms: ReadonlySet<string>, inner?: RegExp): string {
  let html = ''
  let last = 0
  for (const match of text.matchAll(pattern)) {
    const [word] = match
    html += escapeHtml(text.slice(last, match.index))
    if (terms.has(fold(word))) html += `<mark>${escapeHtml(word)}</mark>`
    else html += inner ? markWords(word, inner, terms) : escapeHtml(word)
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
  return markWords(text.normalize('NFC'), TOKEN_PATTERN, terms, WORD_PATTERN)
}
