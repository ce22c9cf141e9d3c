import { describe, expect, it } from 'vitest'
import { parseRecord, splitAgencies } from './parseRecord'

// Procedure 1.000253 from the portal export, as scraped (long fields shortened, page furniture kept).
const record = {
  source_folder: 'bo-cong-an',
  ma_thu_tuc: '1.000253',
  detail_url: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bf7-4fc4-7716-bab8-167242b3fcda',
  ten_thu_tuc: 'Khai báo tạm trú cho người nước ngoài tại Việt Nam bằng Phiếu khai báo tạm trú',
  so_quyet_dinh: 'QĐ/0001-BCA',
  cap_thuc_hien: 'Cấp xã',
  loai_thu_tuc: 'TTHC được giao luật quy định chi tiết',
  linh_vuc: 'Quản lý xuất nhập cảnh',
  doi_tuong_thuc_hien: 'Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam, Doanh nghiệp, Người nước ngoài',
  co_quan_co_tham_quyen: 'Công an cấp Xã',
  dia_chi_tiep_nhan: 'Công an Xã',
  co_quan_duoc_uy_quyen: '',
  co_quan_phoi_hop: '',
  thu_tuc_lien_quan: 'Không có thông tin',
  trinh_tu_thuc_hien: 'Bước 1: Người khai báo tạm trú tiếp nhận thông tin tạm trú của người nước ngoài.\nBước 2: Khai, nộp Phiếu khai báo tạm trú cho trực ban Công an cấp xã.',
  cach_thuc_thuc_hien: 'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp7 NgàyKhông có thông tinNộp trực tiếp tại trụ sở Công an cấp xã',
  thanh_phan_ho_so: '--Tên giấy tờMẫu đơn, tờ khaiSố lượngPhiếu khai báo tạm trú cho người nước ngoài (mẫu NA17)101-Mau A17 tam tru cho nguoi nuoc ngoai.doc1 bản chính',
  can_cu_phap_ly:
    'Tên văn bản pháp lýMã văn bảnLuật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt NamLuật 47/2014/QH13Thông tư quy định cách thức thực hiện khai báo, tiếp nhận thông tin tạm trú của người nước ngoài tại Việt Nam53/2016/TT-BCA',
  co_quan_thuc_hien: 'Công an cấp Xã',
  yeu_cau_dieu_kien: 'Thực hiện khai báo ngay khi người nước ngoài đến đăng ký tạm trú.',
  ket_qua_xu_ly:
    'Phiếu khai báo tạm trú được cơ quan Công an xác nhận.Mã: KQ.G01.00263Từ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan thực hiệnTỉnh/ Thành phốBộ ngành-- Chọn Bộ ngành --Nộp hồ sơ',
}

describe('parseRecord', () => {
  it('maps a portal record onto the collection', () => {
    const { data, problems } = parseRecord(record)
    expect(data).toMatchObject({
      code: '1.000253',
      name: 'Khai báo tạm trú cho người nước ngoài tại Việt Nam bằng Phiếu khai báo tạm trú',
      fieldName: 'Quản lý xuất nhập cảnh',
      levels: ['xa'],
      procedureType: 'duoc-luat-giao',
      implementingAgencyNames: ['Công an cấp Xã'],
      decidingAgencyName: 'Công an cấp Xã',
      publishingDecision: 'QĐ/0001-BCA',
      sourceUrl: record.detail_url,
      requirements: 'Thực hiện khai báo ngay khi người nước ngoài đến đăng ký tạm trú.',
      result: 'Phiếu khai báo tạm trú được cơ quan Công an xác nhận.',
      legalBasis: [
        { name: 'Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt NamLuật', number: '47/2014/QH13' },
        { name: 'Thông tư quy định cách thức thực hiện khai báo, tiếp nhận thông tin tạm trú của người nước ngoài tại Việt Nam', number: '53/2016/TT-BCA' },
      ],
    })
    expect(data?.steps).toHaveLength(2)
    expect(data?.methods).toEqual([
      { channel: 'truc-tiep', processingTime: 7, processingTimeUnit: 'ngay', feeAmount: null, feeText: null, description: 'Nộp trực tiếp tại trụ sở Công an cấp xã' },
    ])
    expect(data?.dossier).toEqual([
      { name: 'Phiếu khai báo tạm trú cho người nước ngoài (mẫu NA17)101-Mau A17 tam tru cho nguoi nuoc ngoai.doc', originals: 1, copies: null, case: null },
    ])
    expect(problems.map((p) => p.kind).sort()).toEqual(['dossier-form-not-attached', 'method-fee-missing', 'not-imported-no-model-field'])
    expect(problems.find((p) => p.kind === 'not-imported-no-model-field')?.detail).toBe('dia_chi_tiep_nhan: Công an Xã')
  })

  it('reads several levels, other procedure types and missing optional texts', () => {
    const { data, problems } = parseRecord({
      ...record,
      cap_thuc_hien: 'Cấp bộ, Cấp tỉnh, Cấp xã',
      loai_thu_tuc: 'TTHC không được luật giao cho địa phương quy định',
      yeu_cau_dieu_kien: 'Không có thông tin',
      co_quan_co_tham_quyen: '',
    })
    expect(data).toMatchObject({ levels: ['bo', 'tinh', 'xa'], procedureType: 'khong-duoc-luat-giao', requirements: null, decidingAgencyName: null })
    expect(parseRecord({ ...record, loai_thu_tuc: 'Loại khác' }).data?.procedureType).toBe('khac')
    expect(parseRecord({ ...record, loai_thu_tuc: '' }).data?.procedureType).toBeNull()
    expect(problems.map((p) => p.kind)).not.toContain('unknown-level')
  })

  it('keeps the first letter of a result glued to the previous result\'s code (1.001445)', () => {
    const ket_qua_xu_ly =
      'Thông báo của Cục Quản lý xuất nhập cảnh về việc giải quyết đơn trình báo mất hộ chiếu phổ thông (mẫu VB03) ban hành kèm theo Thông tư số 31/2023/TT-BCA ngày 20/7/2023 của Bộ Công an.Mã: KQ.G01.000030Thông báo về việc chuyển đơn trình báo mất hộ chiếu phổ thông (mẫu VB01) ban hành kèm theo Thông tư số 31/2023/TT-BCA ngày 20/7/2023 của Bộ Công an.Mã: KQ.G01.000078Từ khóaKhông có thông tinMô tảKhông có thông tin'
    expect(parseRecord({ ...record, ket_qua_xu_ly }).data?.result?.split('\n')).toEqual([
      'Thông báo của Cục Quản lý xuất nhập cảnh về việc giải quyết đơn trình báo mất hộ chiếu phổ thông (mẫu VB03) ban hành kèm theo Thông tư số 31/2023/TT-BCA ngày 20/7/2023 của Bộ Công an.',
      'Thông báo về việc chuyển đơn trình báo mất hộ chiếu phổ thông (mẫu VB01) ban hành kèm theo Thông tư số 31/2023/TT-BCA ngày 20/7/2023 của Bộ Công an.',
    ])
    // Other code shapes of the national file: the next name keeps its capital (or its all-capital abbreviation).
    const names = (text: string) => parseRecord({ ...record, ket_qua_xu_ly: `${text}Từ khóa` }).data?.result?.split('\n')
    expect(names('Giấy phépMã: 000.00.00.G11-KQ1711Quyết địnhMã: BQP-CCS.KQ0001')).toEqual(['Giấy phép', 'Quyết định'])
    expect(names('Giấy báo cóMã: KQ.G12.000099KBNN hoặc ngân hàng xác nhậnMã: KQ.G10.000211.văn bản')).toEqual(['Giấy báo có', 'KBNN hoặc ngân hàng xác nhận', 'văn bản'])
  })

  it('links only the first of several deciding agencies, and says so', () => {
    const { data, problems } = parseRecord({ ...record, co_quan_co_tham_quyen: 'Công an cấp Tỉnh, Cục quản lý xuất nhập cảnh' })
    expect(data?.decidingAgencyName).toBe('Công an cấp Tỉnh')
    expect(problems.find((p) => p.kind === 'extra-deciding-agencies')?.detail).toContain('Cục quản lý xuất nhập cảnh')
  })

  it('rejects a record without a code, name or field, and anything that is not an object', () => {
    expect(parseRecord({ ...record, ma_thu_tuc: '' })).toMatchObject({ data: null, problems: [{ kind: 'missing-code' }] })
    expect(parseRecord({ ...record, ten_thu_tuc: '  ', linh_vuc: undefined })).toMatchObject({
      data: null,
      problems: [{ kind: 'missing-name' }, { kind: 'missing-field' }],
    })
    expect(parseRecord([1, 2]).problems[0].kind).toBe('invalid-json')
    expect(parseRecord(null).data).toBeNull()
  })
})

describe('parseRecord on oversized or stray text', () => {
  it('cuts text over the CMS limit at a line break and reports it (2.001538 has 44,590 characters of requirements)', () => {
    const requirements = Array.from({ length: 900 }, (_, i) => `- Điều kiện ${i}: cá nhân có thành tích xuất sắc tiêu biểu.`).join('\n')
    const { data, problems } = parseRecord({ ...record, yeu_cau_dieu_kien: requirements })
    expect(requirements.length).toBeGreaterThan(40_000)
    expect(data!.requirements!.length).toBeLessThanOrEqual(40_000)
    expect(data!.requirements).toMatch(/^- Điều kiện 0: [\s\S]*\n\[…\] Phần còn lại quá dài để lưu; xem toàn văn tại trang nguồn/)
    expect(problems.find((p) => p.kind === 'text-truncated')?.detail).toMatch(/^yeu_cau_dieu_kien: \d+ → \d+ ký tự$/)
  })

  it('does not take scraped page text for agency names (2.000942, 1.011470)', () => {
    const { data, problems } = parseRecord({
      ...record,
      co_quan_thuc_hien: 'chứng thực tiến hành chụp từ bản chính giao dịch đang được lưu trữ và thực hiện chứng thực như sau:',
      co_quan_co_tham_quyen: 'phê duyệt nguồn vốn trồng rừngTên thủ tụcPhê duyệt Phương án khai thác gỗMã thủ tục1.011470',
    })
    expect(data).toMatchObject({ implementingAgencyNames: [], decidingAgencyName: null })
    expect(problems.filter((p) => p.kind === 'agency-unparsed')).toHaveLength(2)
  })
})

describe('splitAgencies', () => {
  it.each([
    ['Cục cảnh sát quản lý hành chính về trật tự, xã hội, Công an tỉnh', ['Cục cảnh sát quản lý hành chính về trật tự, xã hội', 'Công an tỉnh']],
    ['Cục Thuế - Bộ tài chính, Thuế tỉnh, thành phố, Thuế cơ sở', ['Cục Thuế - Bộ tài chính', 'Thuế tỉnh, thành phố', 'Thuế cơ sở']],
    ['Ủy ban Nhân dân\u00a0xã,\u00a0phường,\u00a0thị trấn.', ['Ủy ban Nhân dân xã, phường, thị trấn']],
    ['Ngân hàng Nhà nước Việt Nam, Ngân hàng Nhà nước Khu vực', ['Ngân hàng Nhà nước Việt Nam', 'Ngân hàng Nhà nước Khu vực']],
    ['Bộ Văn hóa, Thể thao và Du lịch, Sở Nông nghiệp và Môi trường', ['Bộ Văn hóa, Thể thao và Du lịch', 'Sở Nông nghiệp và Môi trường']],
    ['Cục Quản lý Đê điều và Phòng, Chống thiên tai - Bộ NN và MT', ['Cục Quản lý Đê điều và Phòng, Chống thiên tai - Bộ NN và MT']],
    ['Không có thông tin', []],
  ])('%s', (text, expected) => expect(splitAgencies(text.normalize('NFC').replace(/\u00a0/g, ' '))).toEqual(expected))
})
