import { describe, expect, it } from 'vitest'
import { parseFee } from './parseFee'
import { parseProcessingTime } from './parseProcessingTime'

describe('parseProcessingTime', () => {
  it.each([
    ['15 ngày làm việc', { value: 15, unit: 'ngay-lam-viec' }],
    ['Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ', { value: 5, unit: 'ngay-lam-viec' }],
    ['24 giờ', { value: 24, unit: 'gio' }],
    ['30 ngày', { value: 30, unit: 'ngay' }],
    ['Trực tiếp60 Ngày làm việc', { value: 60, unit: 'ngay-lam-viec' }],
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
  ])('%s', (text, expected) => expect(parseFee(text)).toBe(expected))

  it('returns null when no amount is named', () => {
    expect(parseFee('Theo quy định của Bộ Tài chính')).toBeNull()
  })
})
