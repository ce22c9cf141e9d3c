import { describe, expect, it } from 'vitest'
import { parseDossier } from './parseDossier'
import type { Problem } from './types'

// Real "thanh_phan_ho_so" values (shortened where marked) from the portal export; codes in the test names.
const H = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng'

const parse = (text: string) => {
  const problems: Problem[] = []
  return { rows: parseDossier(text, problems), problems }
}

describe('parseDossier', () => {
  it('reads name and counts, keeping a year that ends a name (1.003593)', () => {
    const text = `--${H}- Giấy biên nhận sản phẩm thủy sản khai thác bốc dỡ theo Mẫu số 01 Phụ lục II ban hành kèm theo Thông tư 81/2025/TT-BNNMT ngày 31/12/20251 bản chính,1 bản sao- Giấy xác nhận nguyên liệu thủy sản khai thác đã kê khai đầu đủ thông tin1 bản chính,1 bản sao`
    const { rows, problems } = parse(text)
    expect(rows).toEqual([
      { name: '- Giấy biên nhận sản phẩm thủy sản khai thác bốc dỡ theo Mẫu số 01 Phụ lục II ban hành kèm theo Thông tư 81/2025/TT-BNNMT ngày 31/12/2025', originals: 1, copies: 1, case: null },
      { name: '- Giấy xác nhận nguyên liệu thủy sản khai thác đã kê khai đầu đủ thông tin', originals: 1, copies: 1, case: null },
    ])
    expect(problems).toEqual([])
  })

  it('names the template file and reports that it is not attached (1.000823, shortened)', () => {
    const text = `--${H}Đơn đề nghị chuyển đổi Giấy phép theo Mẫu số 08 quy định tại Phụ lục II ban hành kèm theo Nghị định số 121/2021/NĐ-CP ngày 27/12/2021;Mus08.docx1 bản chínhQuy chế quản lý, kiểm soát nội bộ đối với nguồn thu, chi ngoại tệ do người đại diện theo pháp luật của doanh nghiệp ký;1 bản chính`
    const { rows, problems } = parse(text)
    expect(rows[0].name).toBe('Đơn đề nghị chuyển đổi Giấy phép theo Mẫu số 08 quy định tại Phụ lục II ban hành kèm theo Nghị định số 121/2021/NĐ-CP ngày 27/12/2021; (Mẫu: Mus08.docx)')
    expect(rows[1]).toMatchObject({ originals: 1, copies: null })
    expect(problems).toEqual([{ kind: 'dossier-form-not-attached', detail: 'Mus08.docx' }])
  })

  it('uses the text before each table as the case of its rows (1.000080, shortened)', () => {
    const text = `* Giấy tờ phải nộp:${H}+ Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan khác có thẩm quyền xác nhận quan hệ cha con, quan hệ mẹ con.1 bản chính* Giấy tờ phải xuất trình:${H}- Giấy tờ có giá trị chứng minh thông tin về cư trú0 bản chính,1 bản sao`
    const { rows } = parse(text)
    expect(rows.map((r) => [r.case, r.originals, r.copies])).toEqual([
      ['Giấy tờ phải nộp', 1, null],
      ['Giấy tờ phải xuất trình', 0, 1],
    ])
  })

  it('keeps trailing text as a row of its own and reports it', () => {
    const { rows, problems } = parse(`--${H}Tờ khai1 bản chính* Lưu ý: nộp kèm bản dịch`)
    expect(rows[1]).toEqual({ name: '* Lưu ý: nộp kèm bản dịch', originals: null, copies: null, case: null })
    expect(problems.map((p) => p.kind)).toEqual(['dossier-row-without-count'])
  })

  it('reports an empty dossier and text without a table', () => {
    expect(parse('--').problems.map((p) => p.kind)).toEqual(['dossier-empty'])
    const { rows, problems } = parse('Người lao động lập hồ sơ và nộp cho đơn vị sử dụng lao động.')
    expect(rows).toHaveLength(1)
    expect(problems.map((p) => p.kind)).toEqual(['dossier-unstructured'])
  })
})
