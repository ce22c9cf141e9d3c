import { FIGURES } from '../../collections/ProcessingReports/figures'

/** The CSV template's columns, in order: the period, the procedure, its name (for people; not read), the figures, a note. */
export const COLUMNS = ['ky_bao_cao', 'ma_thu_tuc', 'ten_thu_tuc', ...FIGURES.map((f) => f.column), 'ghi_chu'] as const

/** Columns a file must have; `ten_thu_tuc` and `ghi_chu` may be left out. */
export const REQUIRED_COLUMNS = COLUMNS.filter((c) => c !== 'ten_thu_tuc' && c !== 'ghi_chu')

/** The example row of the template: a quarter of the passport procedure that balances (1 + 6 = 6 + 1 + 0). */
const EXAMPLE = ['2026-Q3', '1.003862', 'Tiếp nhận hồ sơ đề nghị cấp, gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ', '1', '2', '3', '1', '2', '3', '1', '1', '0', '0', '']

/**
 * The published import template: the header and one example row, UTF-8 with a byte-order mark so Excel reads the
 * Vietnamese letters.
 *
 * @remarks `template.csv` beside this file is this text, committed so the public site can offer the same file.
 */
export function templateCsv(): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  return `\uFEFF${COLUMNS.join(',')}\r\n${EXAMPLE.map(cell).join(',')}\r\n`
}
