import { FIGURES, REQUIRED_COLUMNS, type Figures } from '@congkhai/contracts/stats'
import { createLocalReq, type Payload, type TypedUser } from 'payload'
import { SKIP_NOTIFY, sendPublishEvent } from '../../hooks/notifySite'
import type { ProcessingReport } from '../../payload-types'
import { parseCsv } from './parseCsv'
import { parseRow } from './parseRow'

/** What happened to one row. */
export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'skipped'

/** A row that was not imported: its number as the spreadsheet shows it (the header is row 1) and why. */
export interface RowProblem {
  row: number
  period: string | null
  code: string | null
  reasons: string[]
}

/** The report of an import run, shown in the admin and written by the CLI. */
export interface StatsImportResult {
  /** Data rows read (blank lines are not counted). */
  total: number
  counts: Record<RowOutcome, number>
  /** A problem with the whole file (no header, missing columns); nothing was imported. */
  fileError: string | null
  problems: RowProblem[]
  publishEventAttempted: boolean
}

/** Options of `importStats`. */
export interface StatsImportOptions {
  log?: (line: string) => void
  /** The editor importing from the admin: writes then go through the collection's access rules as this user. */
  user?: TypedUser | null
}

const context = { [SKIP_NOTIFY]: true }

const sameFigures = (doc: ProcessingReport, figures: Figures, note: string | undefined) =>
  FIGURES.every(({ name }) => doc[name] === figures[name]) && (doc.note ?? undefined) === note

/**
 * Imports dossier-processing figures from the CSV template: one report per row, upserted by (period, procedure code).
 *
 * @remarks Each row is checked (period, known procedure, whole numbers, balance, no duplicate in the file) before
 * anything is written, and written on its own, so a bad row is reported with its row number and never stops the
 * others. A row equal to what is stored is not written, so importing the same file twice changes nothing. The site is
 * told once at the end, when something changed.
 */
export async function importStats(payload: Payload, text: string, options: StatsImportOptions = {}): Promise<StatsImportResult> {
  const log = options.log ?? (() => {})
  const as = options.user ? { user: options.user, overrideAccess: false } : {}
  const result: StatsImportResult = { total: 0, counts: { created: 0, updated: 0, unchanged: 0, skipped: 0 }, fileError: null, problems: [], publishEventAttempted: false }
  const [header = [], ...rows] = parseCsv(text)
  const columns = header.map((c) => c.trim().toLowerCase())
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c))
  if (missing.length > 0) {
    result.fileError = `Tệp không đúng mẫu: thiếu cột ${missing.join(', ')}. Dòng đầu tiên phải là tên các cột như trong tệp mẫu.`
    return result
  }

  const procedures = await payload.find({ collection: 'procedures', draft: true, depth: 0, pagination: false, select: { code: true } })
  const procedureIds = new Map(procedures.docs.map((p) => [p.code, p.id]))
  const existing = await payload.find({ collection: 'processing-reports', depth: 0, pagination: false })
  const stored = new Map(existing.docs.map((doc) => [`${doc.period}|${typeof doc.procedure === 'object' ? doc.procedure.id : doc.procedure}`, doc]))
  const seen = new Map<string, number>()
  let lastId: number | undefined

  const data = rows.map((cells, i) => ({ cells, row: i + 2 })).filter(({ cells }) => cells.some((c) => c.trim() !== ''))
  result.total = data.length
  log(`import:stats: ${data.length} dòng số liệu (data rows)`)
  for (const { cells, row } of data) {
    const parsed = parseRow(columns, cells)
    const reasons = [...parsed.problems]
    const procedure = parsed.code ? procedureIds.get(parsed.code) : undefined
    if (parsed.code && procedure === undefined) reasons.push(`Không có thủ tục mã «${parsed.code}» trong hệ thống.`)
    const key = `${parsed.period}|${procedure}`
    if (reasons.length === 0 && seen.has(key)) reasons.push(`Trùng kỳ ${parsed.period} và thủ tục ${parsed.code} với dòng ${seen.get(key)}.`)
    if (reasons.length > 0 || !parsed.period || !parsed.figures || procedure === undefined) {
      result.problems.push({ row, period: parsed.period ?? null, code: parsed.code ?? null, reasons })
      result.counts.skipped++
      continue
    }
    seen.set(key, row)
    const values = { period: parsed.period, procedure, ...parsed.figures, note: parsed.note ?? null }
    const current = stored.get(key)
    try {
      if (current && sameFigures(current, parsed.figures, parsed.note)) {
        result.counts.unchanged++
        continue
      }
      const doc = current
        ? await payload.update({ collection: 'processing-reports', id: current.id, data: values, context, depth: 0, ...as })
        : await payload.create({ collection: 'processing-reports', data: values, context, depth: 0, ...as })
      stored.set(key, doc)
      lastId = doc.id
      result.counts[current ? 'updated' : 'created']++
    } catch (err) {
      const details = (err as { data?: { errors?: { message: string }[] } }).data?.errors
      result.problems.push({ row, period: parsed.period, code: parsed.code ?? null, reasons: details?.map((e) => e.message) ?? [(err as Error).message] })
      result.counts.skipped++
    }
  }
  const { created, updated, unchanged, skipped } = result.counts
  log(`import:stats: mới ${created}, cập nhật ${updated}, không đổi ${unchanged}, bỏ qua ${skipped}`)
  if (lastId !== undefined) {
    await sendPublishEvent(await createLocalReq({}, payload), { collection: 'processing-reports', id: lastId, operation: 'update' })
    result.publishEventAttempted = true
  }
  return result
}
