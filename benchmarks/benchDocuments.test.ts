import { describe, expect, it } from 'vitest'
import { generatedLegalDocuments, procedureDocument } from './benchDocuments'

describe('procedureDocument', () => {
  it('flattens a scraped procedure like the site flattens a CMS procedure', () => {
    const doc = procedureDocument({
      ma_thu_tuc: '1.000771',
      ten_thu_tuc: 'Gia hạn tạm trú',
      cap_thuc_hien: 'Cấp bộ',
      linh_vuc: 'Quản lý xuất nhập cảnh',
      doi_tuong_thuc_hien: 'Người nước ngoài',
      ket_qua_xu_ly: 'Gia hạn tạm trú',
      trinh_tu_thuc_hien: 'Bước 1: Nộp hồ sơ.',
      thanh_phan_ho_so: 'Tờ khai',
      yeu_cau_dieu_kien: '',
    })
    expect(doc).toEqual({
      id: 'procedure:vi:1.000771',
      type: 'procedure',
      locale: 'vi',
      title: 'Gia hạn tạm trú',
      number: '1.000771',
      summary: 'Người nước ngoài Gia hạn tạm trú',
      body: 'Bước 1: Nộp hồ sơ.\nTờ khai',
      url: '/thu-tuc/1.000771',
      facets: { field: 'Quản lý xuất nhập cảnh', level: 'Cấp bộ' },
    })
  })
})

describe('generatedLegalDocuments', () => {
  const generate = () => generatedLegalDocuments(50, ['Cấp hộ chiếu công vụ'], ['Điều 1. Phạm vi điều chỉnh'])

  it('gives the same documents on every run', () => {
    expect(generate()).toEqual(generate())
  })

  it('numbers and dates them in the real formats, within their year', () => {
    for (const doc of generate()) {
      expect(doc.number).toMatch(/^\d{1,3}\/(\d{4})\/(QĐ|NĐ|TT|NQ|CT)-[A-ZĐ]+$/)
      expect(doc.date?.slice(0, 4)).toBe(doc.number?.split('/')[1])
      expect(doc.facets?.year).toBe(Number(doc.number?.split('/')[1]))
      expect(doc.title).toMatch(/cấp hộ chiếu công vụ$/)
    }
  })
})
