import { describe, expect, it } from 'vitest'
import { matchProcedure, type NamedProcedure } from './matchProcedure'

const procedures: NamedProcedure[] = [
  { id: 1, code: '1.001108', titles: ['Cấp hộ chiếu phổ thông ở trong nước', 'Issuance of ordinary passports in Viet Nam'] },
  { id: 2, code: '2.001712', titles: ['Cấp hộ chiếu ngoại giao, hộ chiếu công vụ'] },
  { id: 3, code: '1.000178', titles: ['Giải quyết khiếu nại về quyết định hành chính (thực hiện tại cấp Trung ương)'] },
  // Two procedures the portal names alike, at two levels, and two whose titles differ only by their marks.
  { id: 4, code: '1.003596', titles: ['Hỗ trợ phát triển sản xuất cộng đồng.'] },
  { id: 5, code: '2.002171', titles: ['Hỗ trợ phát triển sản xuất cộng đồng.'] },
  { id: 6, code: '3.000101', titles: ['Đăng ký tạm trú'] },
  { id: 7, code: '3.000102', titles: ['Đăng ký tạm trụ'] },
  { id: 8, code: 'BNG-283421', titles: ['Chứng nhận lãnh sự'] },
]

const match = (text: string) => matchProcedure(text, procedures)

describe('matchProcedure', () => {
  it('finds a procedure by its code, typed alone or among other words', () => {
    expect(match('1.001108')).toEqual({ id: 1, by: 'code' })
    expect(match('  bng-283421 ')).toEqual({ id: 8, by: 'code' })
    // How the form shows a chosen suggestion, and how a citizen may quote a procedure page.
    expect(match('1.001108 · Cấp hộ chiếu phổ thông ở trong nước')).toEqual({ id: 1, by: 'code' })
    expect(match('Thủ tục 2.001712 (hộ chiếu ngoại giao).')).toEqual({ id: 2, by: 'code' })
  })

  it('finds a procedure by its title, whatever the case, marks, spaces and end punctuation', () => {
    expect(match('Cấp hộ chiếu phổ thông ở trong nước')).toEqual({ id: 1, by: 'title' })
    expect(match('cap ho chieu   pho thong o trong nuoc.')).toEqual({ id: 1, by: 'title' })
    expect(match('CẤP HỘ CHIẾU NGOẠI GIAO, HỘ CHIẾU CÔNG VỤ')).toEqual({ id: 2, by: 'title' })
    expect(match('Issuance of ordinary passports in Viet Nam')).toEqual({ id: 1, by: 'title' })
  })

  it('tells titles alike when folded apart by their marks, and gives up when they are the same', () => {
    expect(match('Đăng ký tạm trú')).toEqual({ id: 6, by: 'title' })
    expect(match('đăng ký tạm trụ')).toEqual({ id: 7, by: 'title' })
    expect(match('dang ky tam tru')).toBeNull()
    expect(match('Hỗ trợ phát triển sản xuất cộng đồng')).toBeNull()
  })

  it('takes a run of whole words of one title, but not a short or shared one', () => {
    expect(match('quyết định hành chính')).toEqual({ id: 3, by: 'title' })
    expect(match('hộ chiếu ngoại giao')).toEqual({ id: 2, by: 'title' })
    // In both passport titles.
    expect(match('cấp hộ chiếu')).toBeNull()
    // Two words only, though one title alone has them.
    expect(match('khiếu nại')).toBeNull()
    // Not whole words: "chieu ngoa" is no run of words of any title.
    expect(match('ho chieu ngoa')).toBeNull()
  })

  it('names nothing for other text, or for several codes at once', () => {
    expect(match('thủ tục cấp phép xây dựng nhà ở')).toBeNull()
    expect(match('9.999999')).toBeNull()
    expect(match('1.001108 hoặc 2.001712')).toBeNull()
    expect(match('   ')).toBeNull()
    expect(match('…')).toBeNull()
    expect(matchProcedure('1.001108', [])).toBeNull()
  })
})
