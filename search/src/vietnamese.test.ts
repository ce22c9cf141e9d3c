import { describe, expect, it } from 'vitest'
import {
  analyzeQuery,
  fold,
  meilisearchSynonyms,
  normalize,
  normalizeNumber,
  tokenize,
  typoBudget,
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
  it('maps each form to the others, with and without marks', () => {
    const synonyms = meilisearchSynonyms()
    expect(synonyms['ubnd']).toEqual(expect.arrayContaining(['ủy ban nhân dân', 'uy ban nhan dan']))
    expect(synonyms['ủy ban nhân dân']).toContain('ubnd')
    expect(synonyms['quyet dinh']).toContain('qđ')
    expect(synonyms['abtc']).toContain('thẻ đi lại doanh nhân apec')
  })
})
