import { describe, expect, it } from 'vitest'
import { documentNumberKey, findDocumentNumbers } from './parseDocumentNumbers'
import { parseFee } from './parseFee'
import { parseProcessingTime } from './parseProcessingTime'

describe('parseProcessingTime', () => {
  it.each([
    ['15 ngày làm việc', { value: 15, unit: 'ngay-lam-viec' }],
    ['Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ', { value: 5, unit: 'ngay-lam-viec' }],
    ['24 giờ', { value: 24, unit: 'gio' }],
    ['30 ngày', { value: 30, unit: 'ngay' }],
    ['Trực tiếp60 Ngày làm việc', { value: 60, unit: 'ngay-lam-viec' }],
    ['05 (năm) ngày làm việc kể từ ngày nhận hồ sơ hợp lệ.', { value: 5, unit: 'ngay-lam-viec' }],
    ['8 Giờ', { value: 8, unit: 'gio' }],
  ])('%s', (text, expected) => expect(parseProcessingTime(text)).toEqual(expected))

  it('returns null when there is no time', () => {
    expect(parseProcessingTime('Theo quy định')).toBeNull()
    expect(parseProcessingTime('Điều 15 Luật')).toBeNull()
  })
})

describe('parseFee', () => {
  it.each([
    ['200.000 đồng/hộ chiếu', 200000],
    ['Lệ phí: 1,500,000 VNĐ', 1500000],
    ['Không', 0],
    ['Miễn phí', 0],
    ['50000 đ', 50000],
    ['2,000,000 Việt Nam Đồng', 2000000],
    ['70,000 VNĐ', 70000],
  ])('%s', (text, expected) => expect(parseFee(text)).toBe(expected))

  it('returns null when no amount is named', () => {
    expect(parseFee('Theo quy định của Bộ Tài chính')).toBeNull()
    expect(parseFee('10 USD')).toBeNull()
  })

  it('does not read "no information" as free', () => {
    expect(parseFee('Không có thông tin')).toBeNull()
    expect(parseFee('Không quy định')).toBeNull()
  })
})

describe('findDocumentNumbers', () => {
  const numbers = (text: string) => findDocumentNumbers(text).map((found) => found.number)

  it('finds numbers the portal glued to the next row', () => {
    // Real legal-basis text of procedure 1.000178.
    const text =
      'Hướng dẫn xử lý khiếu nại68/2013/TT-BCALuật Khiếu nại  năm 201102/2011/QH13Quy định quy trình giải quyết khiếu nại11/2015/TT-BCANghị định 05/2012/NĐ-CP05/2012/NĐ-CP'
    expect(numbers(text)).toEqual(['68/2013/TT-BCA', '02/2011/QH13', '11/2015/TT-BCA', '05/2012/NĐ-CP', '05/2012/NĐ-CP'])
  })

  it('splits a legislature number from the next number, and mends a spaced symbol', () => {
    expect(numbers('Luật 65/2006/QH1165/2006/QH11Nghị định 123/2013/NĐ-CP')).toEqual(['65/2006/QH11', '65/2006/QH11', '123/2013/NĐ-CP'])
    expect(numbers('cứu hộ.\n105/2025/NĐ- CPQuy định về Danh mục')).toEqual(['105/2025/NĐ-CP'])
  })

  it('keeps an issuer code whose last letter is followed by a lower-case word', () => {
    expect(numbers('Thông tư số 53/2025/TT-BCAngày 01/7/2025')).toEqual(['53/2025/TT-BCA'])
    expect(numbers('Quyết định 46/2020/QĐ-TTgLuật Đất đai')).toEqual(['46/2020/QĐ-TTg'])
  })

  it('finds numbers without a year when the symbol names its issuer', () => {
    expect(numbers('Quyết định số 595/QĐ-BHXH ngày 14/4/2017')).toEqual(['595/QĐ-BHXH'])
    expect(numbers('ngày 12/6/2025 của Bộ')).toEqual([])
  })
})

describe('documentNumberKey', () => {
  it('ignores case, spacing, Đ and leading zeros', () => {
    expect(documentNumberKey('05/2012/NĐ-CP')).toBe(documentNumberKey('5/2012/nd-cp'))
    expect(documentNumberKey('15/2020/QĐ - UBND')).toBe(documentNumberKey('15/2020/QĐ-UBND'))
    expect(documentNumberKey('15/2020/QĐ-UBND')).not.toBe(documentNumberKey('16/2020/QĐ-UBND'))
  })
})
