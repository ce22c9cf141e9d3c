import { describe, expect, it } from 'vitest'
import { slugify, SLUG_MAX_LENGTH } from './slugify'

describe('slugify', () => {
  it('folds Vietnamese letters and joins words with dashes', () => {
    expect(slugify('Ủy ban nhân dân tỉnh')).toBe('uy-ban-nhan-dan-tinh')
    expect(slugify('Đoàn ra, đoàn vào')).toBe('doan-ra-doan-vao')
    expect(slugify('15/2020/QĐ-UBND')).toBe('15-2020-qd-ubnd')
    expect(slugify('  --Hộ chiếu phổ thông!  ')).toBe('ho-chieu-pho-thong')
  })

  it('gives the same slug for text typed composed or decomposed', () => {
    expect(slugify('Thủ tục'.normalize('NFD'))).toBe(slugify('Thủ tục'.normalize('NFC')))
  })

  it('cuts at maxLength only when asked', () => {
    const long = 'Quyết định '.repeat(20)
    expect(slugify(long).length).toBeGreaterThan(SLUG_MAX_LENGTH)
    expect(slugify(long, { maxLength: SLUG_MAX_LENGTH })).toBe(slugify(long).slice(0, SLUG_MAX_LENGTH))
  })
})
