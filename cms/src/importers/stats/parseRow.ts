import { FIGURES, parsePeriod, PERIOD_FORMAT, type Figures } from '@congkhai/contracts/stats'
import { checkFigures } from '../../collections/ProcessingReports/checkFigures'

/** One CSV row read against the header: the report's key and figures, or the reasons it cannot be imported. */
export interface ParsedRow {
  period?: string
  code?: string
  figures?: Figures
  note?: string
  /** Vietnamese reasons; empty when the row is valid. */
  problems: string[]
}

/**
 * Reads one data row: the period, the procedure code, the ten figures (whole numbers; an empty cell is 0) and the
 * note, then checks that the figures balance.
 */
export function parseRow(header: string[], cells: string[]): ParsedRow {
  const value = (column: string) => {
    const i = header.indexOf(column)
    return i < 0 ? '' : (cells[i] ?? '').trim()
  }
  const problems: string[] = []
  const periodText = value('ky_bao_cao')
  const period = parsePeriod(periodText)
  if (!periodText) problems.push(`Thiếu kỳ báo cáo (cột ky_bao_cao): ghi ${PERIOD_FORMAT}.`)
  else if (!period) problems.push(`Kỳ báo cáo «${periodText}» không hợp lệ: ghi ${PERIOD_FORMAT}.`)
  const code = value('ma_thu_tuc')
  if (!code) problems.push('Thiếu mã thủ tục (cột ma_thu_tuc).')

  const figures = {} as Figures
  let numeric = true
  for (const { name, column, label } of FIGURES) {
    const text = value(column)
    if (text === '') figures[name] = 0
    else if (/^\d+$/.test(text)) figures[name] = Number(text)
    else {
      numeric = false
      problems.push(`«${label}» (cột ${column}) phải là số nguyên không âm, đang là «${text}».`)
    }
  }
  if (numeric) problems.push(...checkFigures(figures).map((p) => p.message))
  return { period: period?.key, code: code || undefined, figures: numeric ? figures : undefined, note: value('ghi_chu') || undefined, problems }
}
