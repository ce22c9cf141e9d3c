import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIGURES } from './figures'
import { COLUMNS, templateCsv } from './template'

describe('the CSV template', () => {
  it('is committed as template.csv, byte for byte', () => {
    expect(fs.readFileSync(path.join(import.meta.dirname, 'template.csv'), 'utf8')).toBe(templateCsv())
  })

  it('is one header row: the period, the procedure, the ten figures in the order provinces print them, a note', () => {
    expect(templateCsv()).toBe(
      '\uFEFFky_bao_cao,ma_thu_tuc,ten_thu_tuc,ton_ky_truoc,tiep_nhan_truc_tuyen,tiep_nhan_truc_tiep,tiep_nhan_buu_chinh,' +
        'giai_quyet_truoc_han,giai_quyet_dung_han,giai_quyet_tre_han,dang_giai_quyet_trong_han,dang_giai_quyet_qua_han,tra_lai_rut_ho_so,ghi_chu\r\n',
    )
    expect(COLUMNS.slice(3, -1)).toEqual(FIGURES.map((f) => f.column))
  })
})
