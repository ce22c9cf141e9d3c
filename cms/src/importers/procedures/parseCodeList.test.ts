import { describe, expect, it } from 'vitest'
import { FilterError } from './FilterError'
import { parseCodeList } from './parseCodeList'

/** The error `run` throws (undefined if none). */
function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (err) {
    return err
  }
}

describe('parseCodeList', () => {
  it('reads one code a line, skipping comments, blank lines and repeats', () => {
    const text = '\uFEFF# Thủ tục của Sở\r\n1.000178\r\n\r\n  2.002345.000.00.00.H12   # cấp tỉnh\n1.000178\n#1.999999\n'
    expect(parseCodeList(text, 'ma.txt')).toEqual(['1.000178', '2.002345.000.00.00.H12'])
  })

  it('refuses a line that is not one code, with its line number, and a list without codes', () => {
    const error = thrown(() => parseCodeList('1.000178\n1.000232 Cấp hộ chiếu\n1.000236, 1.000253\n', 'ma.txt'))
    expect(error).toBeInstanceOf(FilterError)
    expect((error as FilterError).problems).toEqual([
      'import: --codes ma.txt: mỗi dòng một mã thủ tục, chú thích sau dấu # (one code a line, comments after #)',
      '  dòng 2: "1.000232 Cấp hộ chiếu" không phải một mã thủ tục (line 2 is not one procedure code)',
      '  dòng 3: "1.000236, 1.000253" không phải một mã thủ tục (line 3 is not one procedure code)',
    ])
    expect(() => parseCodeList('# chỉ có chú thích\n\n', 'rong.txt')).toThrow('tệp không có mã thủ tục nào (the file holds no procedure code)')
  })
})
