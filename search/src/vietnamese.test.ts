import { describe, expect, it } from 'vitest'
import {
  analyzeQuery,
  exactForm,
  exactTokens,
  fold,
  hasMarks,
  isKeywordQuery,
  isStopWord,
  meilisearchSynonyms,
  normalize,
  normalizeNumber,
  numberQueryKeys,
  tokenize,
  typoBudget,
  typoVariants,
  wordPairs,
} from './vietnamese'

describe('fold', () => {
  it('removes tone and vowel marks and lower-cases', () => {
    expect(fold('Hộ chiếu')).toBe('ho chieu')
    expect(fold('ĐĂNG KÝ')).toBe('dang ky')
    expect(fold('Nghị định')).toBe('nghi dinh')
  })

  it('treats decomposed (NFD) input like composed input', () => {
    expect(fold('Hộ chiếu'.normalize('NFD'))).toBe('ho chieu')
  })

  it('folds both tone placements of "uỷ"/"ủy" to the same word', () => {
    expect(fold('Uỷ ban')).toBe(fold('Ủy ban'))
  })
})

describe('normalize', () => {
  it('composes to NFC and lower-cases but keeps marks', () => {
    expect(normalize('Hộ Chiếu'.normalize('NFD'))).toBe('hộ chiếu')
  })
})

describe('hasMarks', () => {
  it('tells a query typed with accents from one typed without', () => {
    expect(hasMarks('ho chieu')).toBe(false)
    expect(hasMarks('HO CHIEU 15/2020')).toBe(false)
    expect(hasMarks('hộ chieu')).toBe(true)
    expect(hasMarks('dân')).toBe(true)
    expect(hasMarks('Đ')).toBe(true)
  })
})

describe('exactForm', () => {
  it('keeps the marks that tell words apart', () => {
    const forms = ['năm', 'nam', 'nấm', 'Nam'].map(exactForm)
    expect(new Set(forms)).toEqual(new Set(['năm'.normalize('NFD'), 'nam', 'nâm'.normalize('NFD') + '\u0301']))
  })

  it('gives both tone placements and both Unicode forms the same form', () => {
    expect(exactForm('Uỷ')).toBe(exactForm('ủy'))
    expect(exactForm('hoà')).toBe(exactForm('hòa'))
    expect(exactForm('hòa'.normalize('NFD'))).toBe(exactForm('hòa'))
  })

  it('never gives a marked word the form of another word', () => {
    expect(exactForm('ủy')).not.toBe(exactForm('uy'))
    expect(exactForm('ủy')).not.toBe(exactForm('úy'))
    expect(exactForm('ưu')).not.toBe(exactForm('uu'))
  })
})

describe('exactTokens', () => {
  it('splits text into words with their marks', () => {
    const expected = ['uy\u0309', 'ban', 'nhân', 'dân', 'năm', '2020'].map((word) => word.normalize('NFD'))
    expect(exactTokens('Uỷ ban Nhân dân, năm 2020')).toEqual(expected)
  })
})

describe('wordPairs', () => {
  it('pairs neighbouring folded words', () => {
    expect(wordPairs('Cấp hộ chiếu')).toEqual(['cap ho', 'ho chieu'])
    expect(wordPairs('hộ')).toEqual([])
  })
})

describe('tokenize', () => {
  it('splits text into folded words', () => {
    expect(tokenize('Cấp hộ chiếu, công vụ!')).toEqual(['cap', 'ho', 'chieu', 'cong', 'vu'])
  })

  it('keeps a document number whole and also yields its parts', () => {
    expect(tokenize('Quyết định 15/2020/QĐ-UBND')).toEqual([
      'quyet',
      'dinh',
      '15/2020/qd-ubnd',
      '15',
      '2020',
      'qd',
      'ubnd',
    ])
  })

  it('keeps a procedure code whole', () => {
    expect(tokenize('Mã 1.001108')).toEqual(['ma', '1.001108', '1', '001108'])
  })

  it('does not glue a sentence-ending period to the word', () => {
    expect(tokenize('đăng ký.')).toEqual(['dang', 'ky'])
  })
})

describe('normalizeNumber', () => {
  it('gives every spelling of one number the same form', () => {
    expect(normalizeNumber('15/2020/QĐ-UBND')).toBe('15/2020/qd-ubnd')
    expect(normalizeNumber('15/2020/qd-ubnd')).toBe('15/2020/qd-ubnd')
    expect(normalizeNumber(' 15 / 2020 / QĐ - UBND ')).toBe('15/2020/qd-ubnd')
  })
})

describe('typoBudget', () => {
  it('allows no typo up to 4 letters, 1 from 5 to 8, 2 from 9', () => {
    expect(typoBudget('chiu')).toBe(0)
    expect(typoBudget('chieu')).toBe(1)
    expect(typoBudget('nghiepvu')).toBe(1)
    expect(typoBudget('chungthuc')).toBe(2)
  })

  it('allows no typo in terms with digits', () => {
    expect(typoBudget('15/2020/qd-ubnd')).toBe(0)
    expect(typoBudget('001108')).toBe(0)
  })
})

describe('typoVariants', () => {
  it('allows nothing but the word itself up to 4 letters', () => {
    expect(typoVariants('chiu')).toEqual([{ term: 'chiu', edits: 0 }])
  })

  it('counts a swap of two neighbouring letters as one typo', () => {
    expect(typoVariants('chieu')).toEqual([
      { term: 'chieu', edits: 1 },
      { term: 'hcieu', edits: 0 },
      { term: 'ciheu', edits: 0 },
      { term: 'cheiu', edits: 0 },
      { term: 'chiue', edits: 0 },
    ])
  })

  it('leaves one more edit after a swap in words of 9 letters or more, and skips swaps of equal letters', () => {
    const variants = typoVariants('thuongmai')
    expect(variants[0]).toEqual({ term: 'thuongmai', edits: 2 })
    expect(variants.slice(1).every((variant) => variant.edits === 1)).toBe(true)
    expect(typoVariants('chieuu').map((variant) => variant.term)).toEqual([
      'chieuu',
      'hcieuu',
      'ciheuu',
      'cheiuu',
      'chiueu',
    ])
  })
})

describe('numberQueryKeys', () => {
  it('squeezes a number typed in any order into prefixes of the document key', () => {
    expect(numberQueryKeys('qd 15/2020')).toEqual(['qd152020', '152020qd', '152020'])
    expect(numberQueryKeys('15/2020/QĐ-UBND')).toEqual(['152020qdubnd'])
    expect(numberQueryKeys('15 2020 QĐ UBND')).toEqual(['152020qdubnd', '152020'])
  })

  it('gives nothing for a query without digits', () => {
    expect(numberQueryKeys('quyết định')).toEqual([])
  })
})

describe('isKeywordQuery', () => {
  it('treats up to six clauses as keywords and more as a sentence', () => {
    expect(isKeywordQuery(analyzeQuery('cấp hộ chiếu công vụ ủy ban nhân dân'))).toBe(true)
    expect(isKeywordQuery(analyzeQuery('người xem dưới 16 tuổi được xem phim'))).toBe(false)
  })
})

describe('isStopWord', () => {
  it('matches by marks when the query has them, by folded form when not', () => {
    expect(isStopWord('của', true)).toBe(true)
    expect(isStopWord('cửa', true)).toBe(false)
    expect(isStopWord('cua', false)).toBe(true)
  })
})

describe('analyzeQuery', () => {
  it('makes one required clause per word', () => {
    expect(analyzeQuery('Hộ chiếu')).toEqual([[['ho']], [['chieu']]])
  })

  it('matches a document number whole or by its parts', () => {
    expect(analyzeQuery('15/2020/QĐ-UBND')).toEqual([[['15/2020/qd-ubnd'], ['15', '2020', 'qd', 'ubnd']]])
  })

  it('expands an abbreviation to its spelled-out form and back', () => {
    expect(analyzeQuery('UBND tỉnh')).toEqual([[['ubnd'], ['uy', 'ban', 'nhan', 'dan']], [['tinh']]])
    expect(analyzeQuery('thủ tục hành chính')).toEqual([[['tthc'], ['thu', 'tuc', 'hanh', 'chinh']]])
    expect(analyzeQuery('PAKN')).toEqual([[['pakn'], ['phan', 'anh', 'kien', 'nghi']]])
  })

  it('prefers the longest synonym phrase', () => {
    expect(analyzeQuery('nghị định chính phủ')).toEqual([
      [['nd-cp'], ['nd', 'cp'], ['nghi', 'dinh', 'chinh', 'phu']],
    ])
    expect(analyzeQuery('NĐ-CP')).toEqual([[['nd-cp'], ['nd', 'cp'], ['nghi', 'dinh', 'chinh', 'phu']]])
  })

  it('returns no clauses for a blank or punctuation-only query', () => {
    expect(analyzeQuery('  ')).toEqual([])
    expect(analyzeQuery('?!')).toEqual([])
  })
})

describe('meilisearchSynonyms', () => {
  it('maps each form of up to three words to the others, with and without marks', () => {
    const synonyms = meilisearchSynonyms()
    expect(synonyms['ubnd']).toEqual(expect.arrayContaining(['ủy ban nhân dân', 'uy ban nhan dan']))
    // Meilisearch never looks up a term of four words: the engine sends such a form as its short one instead.
    expect(synonyms).not.toHaveProperty('ủy ban nhân dân')
    expect(synonyms['quyet dinh']).toContain('qđ')
    expect(synonyms['abtc']).toContain('thẻ đi lại doanh nhân apec')
  })
})
