import { labels } from '../i18n/labels'
import type { Locale } from '../i18n/locale'
import type { Procedure, QualityProcess } from './cms'
import { content } from './content'

/** The URL segment of a process: its code in lower case (`QT-NV-01` → `qt-nv-01`). */
export const processSlug = (code: string): string => code.toLowerCase()

/** Working hours in a working day, the unit ISO process step budgets mix with days. */
const HOURS_PER_DAY = 8

/** The sum of a process's step budgets in working hours, or null when no step has one. */
export function totalHours(steps: QualityProcess['steps']): number | null {
  const budgets = (steps ?? []).filter((s) => s.timeBudget != null)
  if (budgets.length === 0) return null
  return budgets.reduce((h, s) => h + s.timeBudget! * (s.timeUnit === 'gio-lam-viec' ? 1 : HOURS_PER_DAY), 0)
}

/** Working hours written as days and hours: 84 → `10 ngày làm việc 4 giờ làm việc`, 80 → `10 ngày làm việc`. */
export function formatHours(hours: number, locale: Locale): string {
  const unit = labels(locale).timeUnit
  const days = Math.floor(hours / HOURS_PER_DAY)
  const rest = hours % HOURS_PER_DAY
  return [days > 0 ? `${days} ${unit['ngay-lam-viec']}` : '', rest > 0 || days === 0 ? `${rest} ${unit['gio-lam-viec']}` : ''].filter(Boolean).join(' ')
}

/** A process with the published procedures it governs. */
export interface ProcessWithProcedures {
  process: QualityProcess
  procedures: Procedure[]
}

/**
 * Every published ISO process with the published procedures that name it, by code.
 *
 * @remarks Reads the procedures' own `qualityProcess` relation rather than the process's join, so a draft or
 * unpublished procedure never shows up on a public page.
 */
export async function processesWithProcedures(locale: Locale): Promise<ProcessWithProcedures[]> {
  const [processes, procedures] = await Promise.all([content(locale).qualityProcesses(), content(locale).procedures()])
  const idOf = (p: Procedure) => (typeof p.qualityProcess === 'object' && p.qualityProcess !== null ? p.qualityProcess.id : p.qualityProcess)
  return processes.map((process) => ({ process, procedures: procedures.filter((p) => idOf(p) === process.id) }))
}

/** One page per process: `/quy-trinh-iso/qt-nv-01`. */
export async function qualityProcessPaths(locale: Locale) {
  return (await processesWithProcedures(locale)).map((item) => ({ params: { code: processSlug(item.process.code) }, props: item }))
}
