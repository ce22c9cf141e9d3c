import { COLUMNS } from '@congkhai/contracts/stats'
import { describe, expect, it } from 'vitest'
import { parseRow } from './parseRow'

const header = [...COLUMNS]
const row = (overrides: Record<string, string>) => header.map((c) => overrides[c] ?? '')

describe('parseRow', () => {
  it('reads the key and figures; empty cells are 0', () => {
    const parsed = parseRow(header, row({ ky_bao_cao: '2026-q1', ma_thu_tuc: ' 1.003862 ', tiep_nhan_truc_tuyen: '4', giai_quyet_dung_han: '3', dang_giai_quyet_trong_han: '1', ghi_chu: 'Đủ' }))
    expect(parsed.problems).toEqual([])
    expect(parsed).toMatchObject({ period: '2026-Q1', code: '1.003862', note: 'Đủ' })
    expect(parsed.figures).toMatchObject({ receivedOnline: 4, resolvedOnTime: 3, pendingNotDue: 1, carriedOver: 0 })
  })

  it('lists every reason a row cannot be imported, in Vietnamese', () => {
    const parsed = parseRow(header, row({ ky_bao_cao: 'Q1/2026', tiep_nhan_truc_tiep: '2,5', giai_quyet_tre_han: '-1' }))
    expect(parsed.problems).toEqual([
      'Kỳ báo cáo «Q1/2026» không hợp lệ: ghi 2026-Q1 (quý) hoặc 2026-03 (tháng).',
      'Thiếu mã thủ tục (cột ma_thu_tuc).',
      '«Tiếp nhận trực tiếp» (cột tiep_nhan_truc_tiep) phải là số nguyên không âm, đang là «2,5».',
      '«Đã giải quyết trễ hạn» (cột giai_quyet_tre_han) phải là số nguyên không âm, đang là «-1».',
    ])
  })

  it('reports figures that do not balance', () => {
    const parsed = parseRow(header, row({ ky_bao_cao: '2026-03', ma_thu_tuc: '1.003862', tiep_nhan_truc_tuyen: '5', giai_quyet_dung_han: '3' }))
    expect(parsed.problems).toHaveLength(1)
    expect(parsed.problems[0]).toMatch(/^Số liệu không cân đối \(thiếu 2 hồ sơ/)
  })
})
