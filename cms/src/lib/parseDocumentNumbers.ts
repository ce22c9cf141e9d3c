/** A legal document number (số ký hiệu) found in text, and where it sits. */
export interface FoundNumber {
  /** As written, without stray spaces: `05/2012/NĐ-CP`, `595/QĐ-BHXH`. */
  number: string
  start: number
  end: number
}

// Symbols end in an issuer code; knowing the common ones tells where a symbol ends when the next word is glued to it.
const KNOWN_TAIL = new RegExp(
  '^(?:CP|TTg|TTG|QH\\d{2}|UBTVQH\\d{2}|NHNN|VPCP|HĐND|UBND|LLTP|CTN|TANDTC|VKSNDTC|KTNN|BHXH|UBDT|TTCP|' +
    'BTC|BCA|BTP|BXD|BNNMT|BGTVT|BNNPTNT|BTNMT|BLĐTBXH|BKHĐT|BKHCN|BNG|BNV|BYT|BCT|BVHTTDL|BQP|BTTTT|BGDĐT|BNTMT)$',
)
const SEGMENT = '[A-ZĐ0-9]+(?:(?<=TT)g)?'
// `n/yyyy/SYMBOL` first; then `n/SYMBOL-ISSUER` (decisions and official letters carry no year).
const NUMBER = new RegExp(
  `(\\d+)\\s?/\\s?(\\d{4})\\s?/\\s?(${SEGMENT}(?:-\\s?${SEGMENT})*)` +
    `|(?<![\\d/])(\\d+)/([A-ZĐ]{1,6}(?:-\\s?${SEGMENT})+)`,
  'gu',
)

/** The longest prefix of `segment` that is a known issuer code and leaves a remainder `rest` accepts. */
function knownPrefix(segment: string, rest: (tail: string) => boolean): string | null {
  for (let length = segment.length - 1; length > 0; length--) {
    if (KNOWN_TAIL.test(segment.slice(0, length)) && rest(segment.slice(length))) return segment.slice(0, length)
  }
  return null
}

/** Cuts the last symbol segment back to where the symbol really ends, judging by the character after it. */
function trimSegment(segment: string, next: string): string {
  const known = KNOWN_TAIL.test(segment)
  if (next === '/') return knownPrefix(segment, (rest) => /^\d+$/.test(rest)) ?? (segment.replace(/\d+$/, '') || segment)
  if (!/[\p{L}\p{N}]/u.test(next)) {
    if (known) return segment
    return knownPrefix(segment, (rest) => /^(?:[A-ZĐ]+|\d)$/.test(rest)) ?? segment
  }
  // A letter is glued on: `NĐ-CPLuật`, `QH13Quy`, `TT-BTCThông`, but `TT-BCAngày` keeps its `A`.
  if (known && /\p{Ll}/u.test(next)) return segment
  const prefix = knownPrefix(segment, () => true)
  if (prefix) return prefix
  return /\p{Ll}/u.test(next) && /[A-ZĐ]$/.test(segment) ? segment.slice(0, -1) || segment : segment
}

/**
 * Finds the legal document numbers in portal text, even where the scraper glued them to the next word or number.
 *
 * @remarks The portal's tables lost their cell borders (`…năm 201102/2011/QH13Quy định…`), so a plain pattern
 * swallows neighbouring digits and letters; known issuer codes and the year decide where each number really ends.
 */
export function findDocumentNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = []
  const pattern = new RegExp(NUMBER.source, NUMBER.flags)
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) {
    let start = match.index
    let lead = match[1] ?? match[4]
    // A year glued before the number: `Luật Khiếu nại năm 201102/2011/QH13`.
    if (match[2] && lead.length >= 5 && /^(?:19|20)\d{2}/.test(lead)) {
      start += 4
      lead = lead.slice(4)
    }
    const segments = (match[3] ?? match[5]).split(/-\s?/)
    const end = match.index + match[0].length
    const original = segments[segments.length - 1]
    segments[segments.length - 1] = trimSegment(original, text.charAt(end))
    const realEnd = end - (original.length - segments[segments.length - 1].length)
    const symbol = segments.join('-')
    found.push({ number: match[2] ? `${lead}/${match[2]}/${symbol}` : `${lead}/${symbol}`, start, end: realEnd })
    pattern.lastIndex = realEnd
  }
  return found
}

/**
 * Reduces a document number to a key that ignores case, spacing, `Đ`/`D` and leading zeros: `02/2011/QH13` and
 * `2/2011/qh13` share one.
 */
export function documentNumberKey(number: string): string {
  return number
    .normalize('NFC')
    .toUpperCase()
    .replace(/Đ/g, 'D')
    .replace(/\s+/g, '')
    .replace(/^0+(?=\d)/, '')
}
