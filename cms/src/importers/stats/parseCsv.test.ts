import { COLUMNS, templateCsv } from '@congkhai/contracts/stats'
import { describe, expect, it } from 'vitest'
import { parseCsv } from './parseCsv'

describe('parseCsv', () => {
  it('reads quoted cells with commas, quotes and line breaks, CRLF endings and a BOM', () => {
    expect(parseCsv('\uFEFFa,b,c\r\n1,"x, ""y""",3\r\n2,"dòng 1\ndòng 2",\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, "y"', '3'],
      ['2', 'dòng 1\ndòng 2', ''],
    ])
  })

  it('uses semicolons when the header is written with them, and keeps blank lines as rows', () => {
    expect(parseCsv('a;b\n\n1;2')).toEqual([['a', 'b'], [''], ['1', '2']])
  })
})

describe('the CSV template, read back', () => {
  it('has every column and no data row, so importing it unchanged writes nothing', () => {
    expect(parseCsv(templateCsv())).toEqual([[...COLUMNS]])
  })
})
