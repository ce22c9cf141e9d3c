import { FIGURES } from './figures'

/** The CSV template's columns, in order: the period, the procedure, its name (for people; not read), the figures, a note. */
export const COLUMNS = ['ky_bao_cao', 'ma_thu_tuc', 'ten_thu_tuc', ...FIGURES.map((f) => f.column), 'ghi_chu'] as const

/** Columns a file must have; `ten_thu_tuc` and `ghi_chu` may be left out. */
export const REQUIRED_COLUMNS = COLUMNS.filter((c) => c !== 'ten_thu_tuc' && c !== 'ghi_chu')

/**
 * The published import template: the header row only, UTF-8 with a byte-order mark so Excel reads the Vietnamese
 * letters.
 *
 * @remarks No example row on purpose: a template imported unchanged must not overwrite a real report. The CMS offers
 * it beside its import, the public site at `/du-lieu/mau-thong-ke-giai-quyet-ho-so.csv`, and its `/du-lieu/thong-ke.csv`
 * has the same columns first and serves as a filled-in example. `template.csv` beside this file is this text,
 * committed for people who look for the file in the repository.
 */
export function templateCsv(): string {
  return `\uFEFF${COLUMNS.join(',')}\r\n`
}
