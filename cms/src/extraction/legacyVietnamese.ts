/**
 * The two legacy Vietnamese 8-bit encodings that old agency files use (TCVN3 with the ABC fonts such as `.VnTime`,
 * and VNI-Windows with the `VNI-Times` fonts), as tables to and from Unicode, and their detection in extracted text.
 *
 * @remarks No maintained converter on npm fitted: `vietnamese-conversion` (the one package found) is a small,
 * unmaintained project without detection, and detection is the hard part here (Unicode Vietnamese text must never be
 * "converted"). The tables are the published TCVN 5712:1993 VN3 and VNI-Windows code charts; every letter of both is
 * checked in `legacyVietnamese.test.ts`.
 */

/** The Vietnamese vowels with their five tone marks, in the order: none, huyền, sắc, hỏi, ngã, nặng. */
const TONED: Record<string, string> = {
  a: 'aàáảãạ', ă: 'ăằắẳẵặ', â: 'âầấẩẫậ', e: 'eèéẻẽẹ', ê: 'êềếểễệ', i: 'iìíỉĩị',
  o: 'oòóỏõọ', ô: 'ôồốổỗộ', ơ: 'ơờớởỡợ', u: 'uùúủũụ', ư: 'ưừứửữự', y: 'yỳýỷỹỵ',
}

/** Every Vietnamese letter that is not plain ASCII, lower case then upper case (134 letters). */
export const VIETNAMESE_LETTERS: readonly string[] = (() => {
  const lower = [...Object.values(TONED).flatMap((row) => [...row]), 'đ'].filter((c) => !/[a-z]/.test(c))
  return [...lower, ...lower.map((c) => c.toUpperCase())]
})()

/**
 * TCVN3 (VN3): one byte per lower-case letter, in the tone order of `TONED`.
 *
 * @remarks VN3 has no upper-case toned letters: the ABC fonts draw capitals with a second font (`.VnTimeH`) on the
 * lower-case codes, so upper-case toned letters encode to their lower-case byte and `fixLegacyVietnamese` restores the
 * case from the rest of the word.
 */
const TCVN3_ROWS: Record<string, string> = {
  a: 'aµ¸¶·¹', ă: '¨»¾¼½Æ', â: '©ÇÊÈÉË', e: 'eÌÐÎÏÑ', ê: 'ªÒÕÓÔÖ', i: 'i×ÝØÜÞ',
  o: 'oßãáâä', ô: '«åèæçé', ơ: '¬êíëìî', u: 'uïóñòô', ư: '\u00adõøö÷ù', y: 'yúýûüþ',
}
const TCVN3_UPPER: Record<string, string> = { Ă: '¡', Â: '¢', Ê: '£', Ô: '¤', Ơ: '¥', Ư: '¦', Đ: '§' }

/** VNI-Windows: a base letter followed by a mark byte; a few letters are single bytes. Lower-case marks. */
const VNI_TONES = ['', 'ø', 'ù', 'û', 'õ', 'ï'] // none, huyền, sắc, hỏi, ngã, nặng
const VNI_CIRCUMFLEX = ['â', 'à', 'á', 'å', 'ã', 'ä']
const VNI_BREVE = ['ê', 'è', 'é', 'ú', 'ü', 'ë']
const VNI_I = ['i', 'ì', 'í', 'æ', 'ó', 'ò']
const VNI_Y_NANG = 'î'

function buildTables() {
  const tcvn3 = new Map<string, string>()
  const vni = new Map<string, string>()
  for (const [base, row] of Object.entries(TONED)) {
    ;[...row].forEach((letter, tone) => {
      const t = TCVN3_ROWS[base]![tone]!
      tcvn3.set(letter, t)
      const upper = letter.toUpperCase()
      tcvn3.set(upper, TCVN3_UPPER[upper] ?? (tone === 0 ? t.toUpperCase() : t))
      let v: string
      if (base === 'i') v = VNI_I[tone]!
      else if (base === 'y' && tone === 5) v = VNI_Y_NANG
      else if (base === 'â' || base === 'ê' || base === 'ô') v = base === 'â' ? 'a' + VNI_CIRCUMFLEX[tone] : base === 'ê' ? 'e' + VNI_CIRCUMFLEX[tone] : 'o' + VNI_CIRCUMFLEX[tone]
      else if (base === 'ă') v = 'a' + VNI_BREVE[tone]
      else if (base === 'ơ') v = 'ô' + VNI_TONES[tone]
      else if (base === 'ư') v = 'ö' + VNI_TONES[tone]
      else v = base + VNI_TONES[tone]
      vni.set(letter, v)
      vni.set(upper, v.toUpperCase())
    })
  }
  tcvn3.set('đ', '®')
  tcvn3.set('Đ', '§')
  vni.set('đ', 'ñ')
  vni.set('Đ', 'Ñ')
  for (const letter of [...tcvn3.keys()]) if (/^[a-zA-Z]$/.test(letter)) tcvn3.delete(letter)
  for (const letter of [...vni.keys()]) if (/^[a-zA-Z]$/.test(letter)) vni.delete(letter)
  return { tcvn3, vni }
}

const TABLES = buildTables()

/** A legacy encoding this module reads and writes. */
export type LegacyEncoding = 'tcvn3' | 'vni'

/**
 * Writes Unicode text in a legacy encoding, as a font of that encoding would have stored it (each byte as the Latin-1
 * character of the same code).
 *
 * @remarks Used to make test files; `ư` in TCVN3 is byte 0xAD, which PDF text layers often report as U+2212 (minus):
 * `minusForU` writes that form.
 */
export function toLegacyVietnamese(text: string, encoding: LegacyEncoding, options: { minusForU?: boolean } = {}): string {
  const table = encoding === 'tcvn3' ? TABLES.tcvn3 : TABLES.vni
  let out = ''
  for (const char of text.normalize('NFC')) {
    const mapped = table.get(char) ?? char
    out += options.minusForU && mapped === '\u00ad' ? '\u2212' : mapped
  }
  return out
}

/** Decoding tables: legacy sequence → Unicode letter, longest sequences first. */
const DECODE = (() => {
  const tcvn3 = new Map<string, string>()
  for (const [letter, code] of TABLES.tcvn3) if (!tcvn3.has(code) || letter === letter.toLowerCase()) tcvn3.set(code, letter)
  // Text layers show 0xAD (ư) as U+2212 and pdf.js gives 0xB5 (à) as the Greek mu its compatibility form maps to.
  tcvn3.set('\u2212', 'ư')
  tcvn3.set('\u03bc', 'à')
  const vni = new Map<string, string>()
  for (const [letter, code] of TABLES.vni) vni.set(code, letter)
  return { tcvn3, vni }
})()

function decode(text: string, encoding: LegacyEncoding): string {
  const table = DECODE[encoding]
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const two = encoding === 'vni' ? table.get(text.slice(i, i + 2)) : undefined
    if (two) {
      out += two
      i++
      continue
    }
    out += table.get(text[i]!) ?? text[i]
  }
  return encoding === 'tcvn3' ? restoreCapitals(out) : out
}

/**
 * Upper-cases the lower-case toned letters of TCVN3 words written in capitals ("QUYếT" → "QUYẾT"): words whose other
 * letters are all capitals, two at least, or one when a neighbouring word is in capitals ("Vụ" in "NHIỆM Vụ CHỦ YẾU",
 * but not "Tổ" in "Tổ chức").
 */
function restoreCapitals(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const words = line.match(/\p{L}+/gu) ?? []
      const capitals = words.map((word) => {
        const others = [...word].filter((c) => !/[à-ỹ]/u.test(c) || c === c.toUpperCase())
        const upper = others.filter((c) => c !== c.toLowerCase()).length
        return upper === others.length ? upper : 0
      })
      const inCapitals = words.map((_, i) => capitals[i]! >= 2 || (capitals[i] === 1 && (capitals[i - 1]! >= 2 || capitals[i + 1]! >= 2)))
      let index = 0
      return line.replace(/\p{L}+/gu, (word) => (inCapitals[index++] ? word.toUpperCase() : word))
    })
    .join('\n')
}

/** Letters that only Unicode Vietnamese text has (outside Latin-1): their presence means the text is real Unicode. */
const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]/gu
const LEGACY_HINT = /[\u00a0-\u00ff\u2212\u03bc]/u
const SYLLABLE =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(?:[aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/u

/** Whether a (lower-case, NFC) word looks like one Vietnamese syllable with at most one tone mark. */
function isSyllable(word: string): boolean {
  const decomposed = word.normalize('NFD')
  const tones = decomposed.match(/[\u0300\u0301\u0303\u0309\u0323]/gu)?.length ?? 0
  if (tones > 1) return false
  const bare = decomposed.replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC')
  return SYLLABLE.test(bare)
}

/** How many legacy-looking words become Vietnamese syllables, and how many do not, when decoded as `encoding`. */
function score(lines: string[], encoding: LegacyEncoding) {
  let good = 0
  let bad = 0
  for (const line of lines) {
    for (const token of line.split(/[\s.,;:!?()[\]"'“”/–—]+/u)) {
      if (!token || !LEGACY_HINT.test(token)) continue
      const decoded = decode(token, encoding).toLowerCase()
      if (decoded === token.toLowerCase()) continue
      if (isSyllable(decoded)) good++
      else bad++
    }
  }
  return { good, bad }
}

/**
 * Detects text extracted from a TCVN3 or VNI document and converts it to Unicode NFC; any other text is returned as
 * it came (NFC).
 *
 * @remarks Decides for the whole text, then converts only the lines with no letter that exists only in Unicode
 * Vietnamese (ạ, ư, đ, …), so a Unicode letterhead above a TCVN3 body stays as it is, and a Unicode document is never
 * touched: such a document has those letters on nearly every line. An encoding is chosen when at least three words
 * and four fifths of the words it changes become Vietnamese syllables.
 */
export function fixLegacyVietnamese(text: string): { text: string; encoding?: LegacyEncoding } {
  const nfc = text.normalize('NFC')
  const lines = nfc.split('\n')
  const legacyLines = lines.filter((line) => !line.match(UNICODE_VIETNAMESE) && LEGACY_HINT.test(line))
  if (legacyLines.length === 0) return { text: nfc }
  const unicodeLetters = nfc.match(UNICODE_VIETNAMESE)?.length ?? 0
  const candidates = (['tcvn3', 'vni'] as const)
    .map((encoding) => ({ encoding, ...score(legacyLines, encoding) }))
    .filter((c) => c.good >= 3 && c.good >= 4 * c.bad && c.good > unicodeLetters)
    .sort((a, b) => b.good - b.bad - (a.good - a.bad))
  const best = candidates[0]
  if (!best) return { text: nfc }
  const converted = lines.map((line) => (line.match(UNICODE_VIETNAMESE) ? line : decode(line, best.encoding)))
  return { text: converted.join('\n').normalize('NFC'), encoding: best.encoding }
}

/** Decodes text known to be in `encoding` (no detection). */
export function decodeLegacyVietnamese(text: string, encoding: LegacyEncoding): string {
  return decode(text, encoding).normalize('NFC')
}
