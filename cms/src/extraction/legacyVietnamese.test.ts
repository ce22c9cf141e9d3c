import { describe, expect, it } from 'vitest'
import { seedSourceDocuments, sourceText } from './fixtures/sourceDocuments'
import { decodeLegacyVietnamese, fixLegacyVietnamese, toLegacyVietnamese, VIETNAMESE_LETTERS } from './legacyVietnamese'

/**
 * What TCVN3 can carry of a text: a capital toned letter exists only in the capitals font (.VnTimeH), so one that
 * starts a word in lower case ("Ủy ban") is stored as the lower-case byte, and no converter can know it was a capital.
 */
const tcvn3Carries = (text: string) =>
  text.replace(/\p{L}+/gu, (word) => (word === word.toUpperCase() && word.length > 1 ? word : word.replace(/[À-Ỹ]/gu, (c) => ('ĂÂÊÔƠƯĐ'.includes(c) || c.toLowerCase() === c ? c : c.toLowerCase()))))

const lower = VIETNAMESE_LETTERS.filter((c) => c === c.toLowerCase())
const upper = VIETNAMESE_LETTERS.filter((c) => c !== c.toLowerCase())

describe('the legacy tables', () => {
  it('cover the 134 Vietnamese letters outside ASCII: 12 vowels × 6 tones and đ, both cases, less the 6 plain vowels', () => {
    expect(lower).toHaveLength(67)
    expect(upper).toHaveLength(67)
    expect(new Set(VIETNAMESE_LETTERS).size).toBe(134)
  })

  it('VNI: every letter, lower and upper case, goes to VNI and back unchanged, and no two letters share a code', () => {
    const codes = new Map<string, string>()
    for (const letter of VIETNAMESE_LETTERS) {
      const code = toLegacyVietnamese(letter, 'vni')
      // i with huyền and sắc are the Latin-1 letters themselves in VNI.
      if (!'ìíÌÍ'.includes(letter)) expect(code, letter).not.toBe(letter)
      expect([...code].every((c) => c.charCodeAt(0) < 256), letter).toBe(true)
      expect(codes.get(code), `${letter} and ${codes.get(code)} share ${code}`).toBeUndefined()
      codes.set(code, letter)
      expect(decodeLegacyVietnamese(code, 'vni'), letter).toBe(letter)
    }
  })

  it('TCVN3: every lower-case letter goes to one byte and back; no two share a byte', () => {
    const codes = new Map<string, string>()
    for (const letter of lower) {
      const code = toLegacyVietnamese(letter, 'tcvn3')
      expect(code, letter).toHaveLength(1)
      expect(code.charCodeAt(0), letter).toBeGreaterThanOrEqual(0xa1)
      expect(code.charCodeAt(0), letter).toBeLessThanOrEqual(0xfe)
      expect(codes.get(code), `${letter} and ${codes.get(code)} share ${code}`).toBeUndefined()
      codes.set(code, letter)
      expect(decodeLegacyVietnamese(code, 'tcvn3'), letter).toBe(letter)
    }
  })

  it('TCVN3: every upper-case letter comes back upper case inside a capitalised word, as .VnTime capitals are typed', () => {
    for (const letter of upper) {
      const word = `TR${letter}NG`
      expect(decodeLegacyVietnamese(toLegacyVietnamese(word, 'tcvn3'), 'tcvn3'), letter).toBe(word)
    }
    // Ă Â Ê Ô Ơ Ư Đ have their own codes and need no context.
    for (const letter of 'ĂÂÊÔƠƯĐ') expect(decodeLegacyVietnamese(toLegacyVietnamese(letter, 'tcvn3'), 'tcvn3')).toBe(letter)
  })

  it('reads ư as the text layers of TCVN3 PDFs give it: soft hyphen or minus sign', () => {
    expect(decodeLegacyVietnamese('ng\u00adêi', 'tcvn3')).toBe('người')
    expect(decodeLegacyVietnamese('ng\u2212êi', 'tcvn3')).toBe('người')
  })
})

describe('fixLegacyVietnamese', () => {
  const sample = 'QUYẾT ĐỊNH\nĐiều 5. Người dân có quyền tiếp cận thông tin của cơ quan nhà nước theo quy định của Luật này.'

  it('detects and converts TCVN3 and VNI text to Unicode NFC', () => {
    expect(fixLegacyVietnamese(toLegacyVietnamese(sample, 'tcvn3'))).toEqual({ text: sample, encoding: 'tcvn3' })
    expect(fixLegacyVietnamese(toLegacyVietnamese(sample, 'tcvn3', { minusForU: true }))).toEqual({ text: sample, encoding: 'tcvn3' })
    expect(fixLegacyVietnamese(toLegacyVietnamese(sample, 'vni'))).toEqual({ text: sample, encoding: 'vni' })
  })

  it('converts every seed document written in either encoding back to its text', () => {
    for (const doc of seedSourceDocuments()) {
      const text = sourceText(doc)
      expect(fixLegacyVietnamese(toLegacyVietnamese(text, 'vni')), doc.id).toEqual({ text, encoding: 'vni' })
      expect(fixLegacyVietnamese(toLegacyVietnamese(text, 'tcvn3')), doc.id).toEqual({ text: tcvn3Carries(text), encoding: 'tcvn3' })
    }
  })

  it('never touches a Unicode document: every seed document, in NFC and in NFD', () => {
    for (const doc of seedSourceDocuments()) {
      const text = sourceText(doc)
      expect(fixLegacyVietnamese(text)).toEqual({ text })
      expect(fixLegacyVietnamese(text.normalize('NFD'))).toEqual({ text })
    }
  })

  it('leaves alone text in other languages with Latin-1 letters, and short Unicode lines without special letters', () => {
    for (const text of ['Café crème à la française, très élégant.', 'Größe und Übermaß für König Müller', 'Tôi là ai? Có chứ.', 'Mã số: 123/QĐ-UBND', 'Ông Bà']) {
      expect(fixLegacyVietnamese(text).encoding, text).toBeUndefined()
    }
  })

  it('converts the TCVN3 body under a Unicode letterhead and keeps the letterhead', () => {
    const letterhead = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    const body = 'Điều 1. Phạm vi điều chỉnh\nLuật này quy định về quyền tiếp cận thông tin của công dân, nguyên tắc, trình tự, thủ tục thực hiện.'
    expect(fixLegacyVietnamese(`${letterhead}\n${toLegacyVietnamese(body, 'tcvn3')}`)).toEqual({ text: `${letterhead}\n${body}`, encoding: 'tcvn3' })
  })
})
