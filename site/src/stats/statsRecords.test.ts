import { COLUMNS, emptyTally } from '@congkhai/contracts/stats'
import { describe, expect, it } from 'vitest'
import { statsCsvRow, type PublishedReport } from './statsRecords'

describe('the statistics download', () => {
  it('starts with the CMS import template’s columns, in its order, so a download can be imported back', () => {
    const tally = { ...emptyTally(), receivedOnline: 3, resolvedOnTime: 2, pendingNotDue: 1 }
    const row = statsCsvRow({ report: { period: '2026-Q1', note: 'ghi chú' }, procedure: { code: '1.001108', name: 'Cấp hộ chiếu', field: null }, tally } as unknown as PublishedReport)
    expect(Object.keys(row).slice(0, COLUMNS.length)).toEqual([...COLUMNS])
    expect(row).toMatchObject({ ky_bao_cao: '2026-Q1', ma_thu_tuc: '1.001108', tiep_nhan_truc_tuyen: 3, giai_quyet_dung_han: 2, dang_giai_quyet_trong_han: 1, ghi_chu: 'ghi chú' })
  })
})
