import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkFigures } from '../../collections/ProcessingReports/checkFigures'
import { COLUMNS, templateCsv } from './columns'
import { parseRow } from './parseRow'
import { parseCsv } from './parseCsv'

describe('the CSV template', () => {
  it('is committed as template.csv, byte for byte', () => {
    expect(fs.readFileSync(path.join(import.meta.dirname, 'template.csv'), 'utf8')).toBe(templateCsv())
  })

  it('has every column, and its example row is valid', () => {
    const [header, example] = parseCsv(templateCsv())
    expect(header).toEqual([...COLUMNS])
    const parsed = parseRow(header, example)
    expect(parsed.problems).toEqual([])
    expect(checkFigures(parsed.figures!)).toEqual([])
  })
})
