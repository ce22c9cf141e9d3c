import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIGURE_COLUMNS } from './statsRecords'

describe('the statistics download', () => {
  it('uses the CMS import template’s columns, in its order, so a download can be imported back', () => {
    const template = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../cms/src/importers/stats/template.csv'), 'utf8')
    const header = template.replace(/^\uFEFF/, '').split(/\r?\n/)[0].split(',')
    expect(header).toEqual(['ky_bao_cao', 'ma_thu_tuc', 'ten_thu_tuc', ...Object.values(FIGURE_COLUMNS), 'ghi_chu'])
  })
})
