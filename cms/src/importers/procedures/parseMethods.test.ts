import { describe, expect, it } from 'vitest'
import { parseMethods } from './parseMethods'
import type { Problem } from './types'

// Real "cach_thuc_thuc_hien" values from ../shared/data/tthc-dichvucong-bo-nganh/procedures.jsonl (code in the name).
const H = 'Hình thức nộpThời gianPhí, lệ phíMô tả'

const parse = (text: string) => {
  const problems: Problem[] = []
  return { methods: parseMethods(text, problems), kinds: problems.map((p) => p.kind) }
}

describe('parseMethods', () => {
  it('reads channel, time, fee amount and fee note of every row (1.003930)', () => {
    const text = `${H}Trực tuyến2 Ngày làm việc70,000 VNĐ(70.000 đồng/Giấy chứng nhận)Dịch vụ bưu chính2 Ngày làm việc70,000 VNĐ(70.000 đồng/Giấy chứng nhận)Trực tiếp2 Ngày làm việc70,000 VNĐ(70.000 đồng/Giấy chứng nhận)`
    const { methods, kinds } = parse(text)
    expect(methods.map((m) => m.channel)).toEqual(['truc-tuyen', 'buu-chinh', 'truc-tiep'])
    expect(methods[0]).toEqual({
      channel: 'truc-tuyen',
      processingTime: 2,
      processingTimeUnit: 'ngay-lam-viec',
      feeAmount: 70000,
      feeText: '70,000 VNĐ (70.000 đồng/Giấy chứng nhận)',
      description: null,
    })
    expect(kinds).toEqual([])
  })

  it('keeps the description after a free fee (1.002373)', () => {
    const text = `${H}Trực tuyến5 Ngày làm việcMiễn phí05 (năm) ngày làm việc kể từ ngày nhận hồ sơ hợp lệ.Trực tiếp5 Ngày làm việcMiễn phí05 (năm) ngày làm việc kể từ ngày nhận hồ sơ hợp lệ.`
    const { methods } = parse(text)
    expect(methods).toHaveLength(2)
    expect(methods[1]).toMatchObject({ channel: 'truc-tiep', feeAmount: 0, feeText: 'Miễn phí', description: '05 (năm) ngày làm việc kể từ ngày nhận hồ sơ hợp lệ.' })
  })

  it('reads hours, and reports a missing fee without inventing one (1.005458, 1.000253)', () => {
    expect(parse(`${H}Trực tuyến8 GiờMiễn phíTrực tiếp8 GiờMiễn phí`).methods[0]).toMatchObject({ processingTime: 8, processingTimeUnit: 'gio' })
    const { methods, kinds } = parse(`${H}Trực tiếp7 NgàyKhông có thông tinNộp trực tiếp tại trụ sở Công an cấp xã`)
    expect(methods[0]).toMatchObject({ processingTime: 7, processingTimeUnit: 'ngay', feeAmount: null, feeText: null, description: 'Nộp trực tiếp tại trụ sở Công an cấp xã' })
    expect(kinds).toEqual(['method-fee-missing'])
  })

  it('reports a time without a unit instead of guessing one (1.003532)', () => {
    const { methods, kinds } = parse(`${H}Trực tuyến1Miễn phíDịch vụ bưu chính1Miễn phíTrực tiếp1Miễn phí`)
    expect(methods).toHaveLength(3)
    expect(methods[2]).toMatchObject({ channel: 'truc-tiep', processingTime: 1, processingTimeUnit: null, feeAmount: 0 })
    expect(kinds).toContain('method-time-unit-missing')
  })

  it('keeps a fee in dollars as text only (1.000771)', () => {
    const { methods, kinds } = parse(`${H}Trực tuyến5 Ngày làm việc10 USD(/lần)Trực tiếp5 Ngày làm việc10 USD(/lần)`)
    expect(methods[0]).toMatchObject({ feeAmount: null, feeText: '10 USD (/lần)' })
    expect(kinds).toContain('method-fee-no-amount')
  })

  it('reports a time that runs into the fee, and takes the amount from the note (1.000014)', () => {
    const { methods, kinds } = parse(`${H}Trực tuyến120 VNĐ(20.000 vnđ /tờ khai)Trực tiếp120 VNĐ(20.000 vnđ /tờ khai)`)
    expect(methods[0]).toMatchObject({ channel: 'truc-tuyen', processingTime: null, feeAmount: 20000, feeText: '120 VNĐ (20.000 vnđ /tờ khai)' })
    expect(kinds).toContain('method-time-fee-ambiguous')
  })

  it('keeps a time given in words in the description (1.008317)', () => {
    const text = `${H}Trực tuyếnKhông phải trả kết quả cho người nộp thuếMiễn phíQua Cổng DVC Quốc giaTrực tiếpKhông phải trả kết quả cho người nộp thuếMiễn phíTại TTPVHCC cấp tỉnh, xã`
    const { methods, kinds } = parse(text)
    expect(methods).toHaveLength(2)
    expect(methods[1]).toMatchObject({
      channel: 'truc-tiep',
      processingTime: null,
      feeAmount: 0,
      description: 'Thời hạn giải quyết: Không phải trả kết quả cho người nộp thuế\nTại TTPVHCC cấp tỉnh, xã',
    })
    expect(kinds).toContain('method-time-missing')
  })

  it('reports text it cannot read as rows', () => {
    expect(parse(`${H}`).kinds).toEqual(['methods-unparsed'])
    expect(parse('Nộp hồ sơ qua bưu điện').kinds).toEqual(['methods-unparsed'])
  })
})
