import fs from 'node:fs'
import path from 'node:path'
import { fold } from '@congkhai/search/vietnamese'
import { beforeAll, describe, expect, it } from 'vitest'
import { FilterError } from './FilterError'
import { selectRecords, type Selection } from './selectRecords'

const DATA_FILE = path.resolve(import.meta.dirname, '../../../../../shared/data/tthc-dichvucong-bo-nganh/procedures.jsonl')
const hasData = fs.existsSync(DATA_FILE)

type Raw = Record<string, string>

/** The error `run` throws (undefined if none). */
function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (err) {
    return err
  }
}

describe.skipIf(!hasData)('selectRecords on the national portal export', () => {
  let lines: string[]
  let records: Raw[]
  const codes = (selection: Selection) => selection.selected.map(({ text }) => (JSON.parse(text) as Raw).ma_thu_tuc)
  // Independent of the code under test: the records as plain JSON, asked with plain string tests.
  const where = (test: (record: Raw) => boolean) => records.filter(test).map((record) => record.ma_thu_tuc)

  beforeAll(() => {
    lines = fs.readFileSync(DATA_FILE, 'utf8').split('\n')
    records = lines.filter(Boolean).map((line) => JSON.parse(line) as Raw)
  })

  it('keeps every record when no filter is given', () => {
    const selection = selectRecords(lines)
    expect(selection.total).toBe(2642)
    expect(selection.selected).toHaveLength(2642)
    expect(selection.filters).toEqual([])
  })

  it('--agency keeps the records naming the agency as deciding or implementing agency, and lists the names it matched', () => {
    const selection = selectRecords(lines, { agency: ['Bộ Ngoại giao'] })
    const expected = where((r) => /bo ngoai giao/.test(fold(`${r.co_quan_co_tham_quyen}, ${r.co_quan_thuc_hien}`)))
    expect(expected).toHaveLength(8)
    expect(codes(selection)).toEqual(expected)
    expect(selection.filters).toEqual([
      {
        kind: 'agency',
        records: 8,
        values: [
          {
            value: 'Bộ Ngoại giao',
            records: 8,
            matched: [
              { name: 'Bộ Ngoại giao', records: 5 },
              { name: 'Cục Lãnh sự - Bộ Ngoại giao', records: 4 },
              { name: 'Cục Lễ tân Nhà nước và Phiên dịch đối ngoại - Bộ Ngoại giao', records: 2 },
            ],
          },
        ],
      },
    ])
    expect(selection.filteredOut).toHaveLength(2642 - 8)
    expect(selection.filteredOut.every((record) => record.filters.join() === 'agency')).toBe(true)
    // Folded and in lower case it is the same filter.
    expect(codes(selectRecords(lines, { agency: ['bo ngoai giao'] }))).toEqual(expected)
  })

  it('a ministry by name takes its departments that say so ("Cục Hải quan - Bộ tài chính"), not the provinces\' departments', () => {
    const selection = selectRecords(lines, { agency: ['Bộ Tài chính'] })
    const matched = selection.filters[0].values[0].matched.map(({ name }) => name)
    expect(matched).toContain('Cục Hải quan - Bộ tài chính')
    expect(matched.every((name) => /\bbo tai chinh\b/.test(fold(name)))).toBe(true)
    expect(matched.some((name) => /^so tai chinh/.test(fold(name)))).toBe(false)
  })

  it('ANDs different kinds and ORs the values of one kind', () => {
    const customs = where((r) => r.linh_vuc === 'Hải quan')
    const registry = where((r) => r.linh_vuc === 'Hộ tịch')
    expect(codes(selectRecords(lines, { field: ['Hải quan', 'ho-tich'] })).sort()).toEqual([...customs, ...registry].sort())
    const communeCustoms = where((r) => r.linh_vuc === 'Hải quan' && r.cap_thuc_hien.includes('Cấp xã'))
    expect(communeCustoms.length).toBeGreaterThan(0)
    const selection = selectRecords(lines, { field: ['hai quan'], level: ['Cấp xã'] })
    expect(codes(selection)).toEqual(communeCustoms)
    // Every record is kept or left out, and a record left out names the kinds it failed.
    expect(selection.selected.length + selection.filteredOut.length).toBe(2642)
    const out = new Map(selection.filteredOut.map((record) => [record.code, record.filters]))
    const sample = records.find((r) => r.linh_vuc === 'Hải quan' && !r.cap_thuc_hien.includes('Cấp xã'))!
    expect(out.get(sample.ma_thu_tuc)).toEqual(['level'])
    const neither = records.find((r) => r.linh_vuc !== 'Hải quan' && !r.cap_thuc_hien.includes('Cấp xã'))!
    expect(out.get(neither.ma_thu_tuc)).toEqual(['field', 'level'])
  })

  it('--codes keeps the codes listed, and reports the ones the file lacks', () => {
    const selection = selectRecords(lines, { codes: ['1.009556', '1.000178', '9.999999'] })
    expect(codes(selection)).toEqual(['1.000178', '1.009556'])
    expect(selection.codesNotFound).toEqual(['9.999999'])
  })

  it('a value matching nothing is an error listing the nearest values of the file with their counts', () => {
    const error = thrown(() => selectRecords(lines, { agency: ['Bộ Tài chính', 'Sở Ngoại vụ'] })) as FilterError
    expect(error).toBeInstanceOf(FilterError)
    expect(error.problems[0]).toBe('import: --agency "Sở Ngoại vụ" không khớp thủ tục nào trong tệp (matches no procedure in the file).')
    expect(error.problems[1]).toMatch(/^ {2}Cơ quan gần nhất trong \d+ cơ quan của tệp/)
    expect(error.problems[2]).toMatch(/^ {4}Bộ Ngoại giao +5$/)

    const field = thrown(() => selectRecords(lines, { field: ['Hai quann'] })) as FilterError
    expect(field.problems[2]).toMatch(/^ {4}Hải quan +192$/)

    const level = thrown(() => selectRecords(lines, { level: ['huyen'] })) as FilterError
    expect(level.problems.slice(2)).toEqual(['    bo      1413  cấp bộ', '    tinh    1251  cấp tỉnh', '    xa       588  cấp xã', '    khac      51  cơ quan khác'])

    const code = thrown(() => selectRecords(lines, { codes: ['1.00017'] })) as FilterError
    expect(code.problems[1]).toBe('    1.00017 → 1.000178, 1.000106, 1.000107')
  })

  it('filters that each match but not together are an error too, with what each matched', () => {
    const error = thrown(() => selectRecords(lines, { agency: ['Bộ Ngoại giao'], field: ['Hộ tịch'] })) as FilterError
    expect(error).toBeInstanceOf(FilterError)
    expect(error.problems.slice(1)).toEqual(['  --agency "Bộ Ngoại giao": 8 thủ tục (procedures)', '  --field "Hộ tịch": 41 thủ tục (procedures)'])
  })

  it('a line that is not JSON is unreadable, not filtered out, and keeps its line number', () => {
    const broken = [...lines.slice(0, 3), '{"ma_thu_tuc": "9.1", ', '[1, 2]', ...lines.slice(3, 10)]
    const selection = selectRecords(broken, { level: ['bo', 'tinh', 'xa'] })
    expect(selection.unreadable.map(({ line }) => line)).toEqual([4, 5])
    expect(selection.selected).toHaveLength(10)
  })
})

if (!hasData) it.skip(`selectRecords: needs the shared data set at ${DATA_FILE}, absent here`, () => {})
