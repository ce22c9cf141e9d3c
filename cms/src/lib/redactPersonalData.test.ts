import { describe, expect, it } from 'vitest'
import { redactPersonalData } from './redactPersonalData'

describe('redactPersonalData', () => {
  it('removes the sender, email addresses and phone numbers', () => {
    const text = 'Tôi là Nguyễn Văn An, ở 12 Lê Lợi, gọi 0905 123 456 hoặc +84 905.123.457, thư an.nguyen@example.vn. Xin hỏi thời hạn cấp hộ chiếu?'
    const out = redactPersonalData(text, { name: 'Nguyễn Văn An', address: '12 Lê Lợi' })
    expect(out).toBe('Tôi là […], ở […], gọi […] hoặc […], thư […]. Xin hỏi thời hạn cấp hộ chiếu?')
  })

  it('leaves document numbers, years and procedure codes alone', () => {
    const text = 'Theo Nghị định 13/2023/NĐ-CP và thủ tục 1.001108, năm 2026.'
    expect(redactPersonalData(text)).toBe(text)
  })

  it('matches the name whatever its case', () => {
    expect(redactPersonalData('NGUYỄN VĂN AN hỏi', { name: 'Nguyễn Văn An' })).toBe('[…] hỏi')
  })
})
