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

/** A marked stretch of a text: start and end offsets, end excluded. */
type Range = [start: number, end: number]

/**
 * The words of a text whose folded form is in `terms`, token by token.
 *
 * @remarks Only a compound token (`15/2020/QĐ-UBND`) has smaller words inside that could match on their own; they
 * are looked at only when the whole token did not match, so the longer mark wins.
 */
function wordRanges(text: string, terms: ReadonlySet<string>): Range[] {
  const ranges: Range[] = []
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const [token] = match
    if (terms.has(foldWord(token))) ranges.push([match.index, match.index + token.length])
    else if (SEPARATOR.test(token))
      for (const part of token.matchAll(WORD_PATTERN))
        if (terms.has(foldWord(part[0]))) ranges.push([match.index + part.index, match.index + part.index + part[0].length])
  }
  return ranges
}

/** A letter or digit: what a marked term may not be directly preceded or followed by, nor start or end with. */
const WORD_CHAR = /[\p{L}\p{N}]/u

/**
 * {@link wordRanges} by searching the folded text for each term, when folding keeps every character in place.
 *
 * @returns undefined when folding changed the text's length (a character outside Vietnamese), so positions in the
 * folded text would not be positions in the original
 * @remarks Folding and tokenising every word of every hit cost as much as scoring the query; folding the text once
 * and looking each matched term up with `indexOf` costs a fraction. A term counts only as a whole word or a whole
 * part of a compound token (bounded by anything but a letter or digit), and where a whole number and its parts both
 * matched, the longer mark wins, as in {@link wordRanges}.
 */
function foldedRanges(text: string, terms: ReadonlySet<string>): Range[] | undefined {
  const folded = foldText(text)
  if (folded.length !== text.length) return undefined
  const marks: Range[] = []
  for (const term of terms) {
    // Word pairs (` ho chieu`: they start with a space, and would mark it) and exact-tone forms are marked through
    // their folded words.
    if (term.length === 0 || !WORD_CHAR.test(term[0]!) || !WORD_CHAR.test(term.at(-1)!) || term !== foldWord(term)) continue
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const end = at + term.length
      if ((at > 0 && WORD_CHAR.test(folded[at - 1]!)) || (end < folded.length && WORD_CHAR.test(folded[end]!))) continue
      marks.push([at, end])
    }
  }
  marks.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const kept: Range[] = []
  for (const mark of marks) if (kept.length === 0 || mark[0] >= kept.at(-1)![1]) kept.push(mark)
  return kept
}

/** The marked stretches of an NFC text, in order and apart. */
function markedRanges(text: string, terms: ReadonlySet<string>): Range[] {
  if (terms.size === 0) return []
  return foldedRanges(text, terms) ?? wordRanges(text, terms)
}

/** `text` from `from` to `to` as HTML: escaped, with the ranges inside it wrapped in `<mark>`. */
function render(text: string, ranges: readonly Range[], from = 0, to = text.length): string {
  let html = ''
  let last = from
  for (const [start, end] of ranges) {
    if (start < from || end > to) continue
    html += `${escapeHtml(text.slice(last, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`
    last = end
  }
  return html + escapeHtml(text.slice(last, to))
}

/**
 * Returns the text as HTML with every word whose folded form is in `terms` wrapped in `<mark>`.
 *
 * @remarks Comparing folded forms lets the folded terms a query matched mark the accented original (`ho` marks `Hộ`);
 * a whole document number is marked when it matched as one term, otherwise its matching parts are. A mark covers
 * the word, never the space or punctuation beside it.
 */
export function highlight(text: string, terms: ReadonlySet<string>): string {
  const nfc = text.normalize('NFC')
  return render(nfc, markedRanges(nfc, terms))
}

/**
 * The most words a result's summary shows ({@link snippet}); Meilisearch's `cropLength` is set to the same.
 *
 * @remarks About two lines of a results page: enough to show why a record matched, while a procedure's summary
 * (its subjects and results, up to 5,700 characters in the national file) no longer fills the page.
 */
export const SNIPPET_WORDS = 40

/** The ellipsis a snippet shows where it cut the text: Meilisearch's `cropMarker` default too. */
export const SNIPPET_MARKER = '…'

/**
 * The words (first and last index in `words`) of the stretch of marks to show: the one of at most `maxWords` words
 * that holds the most different marked words, then the most marks, the first of equals.
 */
function bestStretch(text: string, ranges: readonly Range[], words: readonly Range[], maxWords: number): Range {
  let w = 0
  const marks = ranges.map(([start, end]) => {
    while (words[w]![1] <= start) w++
    let last = w
    while (last + 1 < words.length && words[last + 1]![0] < end) last++
    return { first: w, last, word: foldWord(text.slice(start, end)) }
  })
  let best: Range = [marks[0]!.first, Math.min(marks[0]!.last, marks[0]!.first + maxWords - 1)]
  let bestScore = [0, 0]
  for (let i = 0; i < marks.length; i++) {
    const seen = new Set<string>()
    let j = i
    for (; j < marks.length && marks[j]!.last - marks[i]!.first < maxWords; j++) seen.add(marks[j]!.word)
    const score = [seen.size, j - i]
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) {
      bestScore = score
      best = [marks[i]!.first, j > i ? marks[j - 1]!.last : best[1]]
    }
  }
  return best
}

/**
 * {@link highlight} of at most `maxWords` words of the text around its matches, cut only between words, with
 * {@link SNIPPET_MARKER} at each end that was cut.
 *
 * @remarks As Meilisearch crops (`attributesToCrop`): the window holds the stretch with the most different matched
 * words and grows from it on both sides (the other side takes what one side cannot); without a match it is the first
 * words. A cut end starts or ends on a word, so neither a split word nor a dangling space or comma shows; an end that
 * was not cut keeps the text's own punctuation.
 */
export function snippet(text: string, terms: ReadonlySet<string>, maxWords = SNIPPET_WORDS): string {
  const nfc = text.normalize('NFC')
  const ranges = markedRanges(nfc, terms)
  const words = Array.from(nfc.matchAll(WORD_PATTERN), (match): Range => [match.index, match.index + match[0].length])
  if (words.length <= maxWords) return render(nfc, ranges)
  let first = 0
  let last = maxWords - 1
  if (ranges.length > 0) {
    const [from, to] = bestStretch(nfc, ranges, words, maxWords)
    const room = Math.max(0, maxWords - (to - from + 1))
    first = Math.max(0, from - Math.ceil(room / 2))
    last = Math.min(words.length - 1, first + maxWords - 1)
    first = Math.max(0, last - maxWords + 1)
  }
  const cutStart = first > 0
  const cutEnd = last < words.length - 1
  const from = cutStart ? words[first]![0] : 0
  const to = cutEnd ? words[last]![1] : nfc.length
  return `${cutStart ? SNIPPET_MARKER : ''}${render(nfc, ranges, from, to)}${cutEnd ? SNIPPET_MARKER : ''}`
}
