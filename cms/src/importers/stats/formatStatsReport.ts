import type { StatsImportResult } from './importStats'

/** The console and admin summary of a statistics import: counts, then each rejected row with its reasons. */
export function formatStatsReport(result: StatsImportResult): string {
  if (result.fileError) return `import:stats: không nhập được tệp (file rejected): ${result.fileError}`
  const { created, updated, unchanged, skipped } = result.counts
  return [
    `import:stats: ${result.total} dòng — mới (created) ${created} · cập nhật (updated) ${updated} · không đổi (unchanged) ${unchanged} · bỏ qua (skipped) ${skipped}`,
    ...result.problems.map((p) => `  dòng ${p.row}${p.code ? ` (${p.period ?? '?'} · ${p.code})` : ''}: ${p.reasons.join(' ')}`),
    result.publishEventAttempted ? '  site: đã báo trang công khai dựng lại (publish event sent)' : '  site: không có thay đổi, không báo site (nothing changed)',
  ].join('\n')
}
