import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { COLUMNS, templateCsv } from './columns'
import { parseCsv } from './parseCsv'

describe('the CSV template', () => {
  it('is committed as template.csv, byte for byte', () => {
    expect(fs.readFileSync(path.join(import.meta.dirname, 'template.csv'), 'utf8')).toBe(templateCsv())
  })

  it('has every column and no data row, so importing it unchanged writes nothing', () => {
    expect(parseCsv(templateCsv())).toEqual([[...COLUMNS]])
  })
})
