import type { ImportResult } from './importProcedures'
import { PROBLEM_KINDS, type ProblemKind } from './types'

/** Formats a duration as minutes and seconds: `3 ph 05 s`. */
function duration(ms: number): string {
  const seconds = Math.round(ms / 1000)
  return seconds < 60 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(seconds / 60)} ph ${String(seconds % 60).padStart(2, '0')} s`
}

/**
 * The console summary of an import run: counts, problems by kind, legal-basis links and the site notification.
 *
 * @remarks Short by design; the JSON report next to it lists every problem with its line and procedure code.
 */
export function formatSummary(result: ImportResult, reportPath: string): string {
  const { created, updated, unchanged, skipped } = result.counts
  const kinds = (Object.entries(result.problemsByKind) as [ProblemKind, number][]).sort((a, b) => b[1] - a[1])
  const records = (kind: ProblemKind) => new Set(result.problems.filter((p) => p.kind === kind).map((p) => p.line)).size
  const width = Math.max(0, ...kinds.map(([kind]) => kind.length))
  return [
    `import: xong ${result.total} bản ghi trong ${duration(result.elapsedMs)} (${result.total} records in ${duration(result.elapsedMs)})`,
    `  mới (created) ${created} · cập nhật (updated) ${updated} · không đổi (unchanged) ${unchanged} · bỏ qua (skipped) ${skipped}`,
    `  căn cứ pháp lý (legal basis): ${result.legalBasis.references} số ký hiệu, ${result.legalBasis.linked} liên kết được tới văn bản trong CMS (linked)`,
    kinds.length > 0 ? '  vấn đề khi đọc, theo loại — lần / bản ghi (parse problems by kind — times / records):' : '  không có vấn đề nào (no problems)',
    ...kinds.map(([kind, count]) => `    ${kind.padEnd(width)}  ${String(count).padStart(5)} / ${String(records(kind)).padStart(4)}  ${PROBLEM_KINDS[kind]}`),
    result.publishEventAttempted
      ? '  site: đã gửi yêu cầu dựng lại toàn bộ (sent one { full: true } publish event; a site that is not running rebuilds on its next start)'
      : '  site: không có thay đổi, không báo site (nothing changed, site not notified)',
    `  báo cáo (report): ${reportPath}`,
  ].join('\n')
}
