import type { ImportResult } from './importProcedures'
import { PROBLEM_KINDS, SKIP_REASONS, type ProblemKind, type SkipReason } from './types'

/** Formats a duration as minutes and seconds: `3 ph 05 s`. */
function duration(ms: number): string {
  const seconds = Math.round(ms / 1000)
  return seconds < 60 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(seconds / 60)} ph ${String(seconds % 60).padStart(2, '0')} s`
}

/** At most `limit` items, then how many more. */
function some(items: string[], limit: number): string {
  return items.length > limit ? `${items.slice(0, limit).join(', ')} … (+${items.length - limit})` : items.join(', ')
}

/** The filters given, each value with the records it matched (and, for agencies, the names it matched). */
function filterLines(result: ImportResult): string[] {
  if (result.filters.length === 0) return []
  const passed = result.counts.created + result.counts.updated + result.counts.unchanged + result.skippedByReason.edited + result.skippedByReason['write-failed']
  return [
    '  bộ lọc, số thủ tục khớp (filters, procedures matched):',
    ...result.filters.flatMap(({ kind, values }) =>
      values.map(({ value, records, matched }) => {
        const names = kind === 'agency' ? ` — ${some(matched.map(({ name, records: n }) => `${name} ${n}`), 6)}` : ''
        return `    --${kind} "${value}": ${records}${names}`
      }),
    ),
    `    → qua mọi bộ lọc (pass them all): ${passed}${result.skippedByReason.unparseable ? ` (+ ${result.skippedByReason.unparseable} không đọc được / unparseable)` : ''}`,
  ]
}

/** Why records were skipped: counts per reason, the filters' share, the procedures editors changed. */
function skipLines(result: ImportResult): string[] {
  const reasons = (Object.entries(result.skippedByReason) as [SkipReason, number][]).filter(([, count]) => count > 0)
  if (reasons.length === 0) return []
  const width = Math.max(...reasons.map(([reason]) => reason.length))
  const lines = ['  bỏ qua, theo lý do (skipped, by reason):']
  for (const [reason, count] of reasons) {
    lines.push(`    ${reason.padEnd(width)}  ${String(count).padStart(5)}  ${SKIP_REASONS[reason]}`)
    if (reason === 'filtered-out') {
      const byFilter = Object.entries(result.filteredOut.byFilter).map(([kind, n]) => `--${kind} ${n}`)
      lines.push(`    ${''.padEnd(width)}         không khớp (failed): ${byFilter.join(', ')}`)
    }
  }
  return lines
}

/** The procedures editors changed since their last import: kept, or overwritten with `--overwrite-edited`. */
function editedLines(result: ImportResult): string[] {
  if (result.edited.length === 0) return []
  const kept = result.edited.filter((e) => e.action === 'kept')
  const overwritten = result.edited.filter((e) => e.action === 'overwritten')
  const changed = result.edited.filter((e) => e.sourceChanged).length
  const unknown = result.edited.filter((e) => e.state === 'unknown').length
  const would = result.dryRun ? 'sẽ ' : ''
  return [
    `  biên tập viên đã sửa sau lần nhập trước (changed by editors since their last import): ${result.edited.length}, trong đó ${changed} cũng đã đổi ở nguồn (also changed at the source)` +
      (unknown ? `, ${unknown} không có dấu lần nhập (no import record: written by hand or by an older importer)` : ''),
    ...(kept.length ? [`    ${would}giữ nguyên (kept): ${some(kept.map((e) => e.code), 10)}; ghi đè bằng --overwrite-edited (overwrite with --overwrite-edited)`] : []),
    ...(overwritten.length ? [`    ${would}ghi đè (overwritten, --overwrite-edited): ${some(overwritten.map((e) => e.code), 10)}`] : []),
  ]
}

/**
 * The console summary of an import run: what the filters kept, counts, why records were skipped, the procedures
 * editors changed, parse problems by kind, legal-basis links and the site notification.
 *
 * @remarks Short by design; the JSON report next to it lists every skipped record and every problem with its line and
 * procedure code.
 */
export function formatSummary(result: ImportResult, reportPath: string): string {
  const { created, updated, unchanged, skipped } = result.counts
  const kinds = (Object.entries(result.problemsByKind) as [ProblemKind, number][]).sort((a, b) => b[1] - a[1])
  const records = (kind: ProblemKind) => new Set(result.problems.filter((p) => p.kind === kind).map((p) => p.line)).size
  const width = Math.max(0, ...kinds.map(([kind]) => kind.length))
  const counts = result.dryRun
    ? `  sẽ tạo (would create) ${created} · sẽ cập nhật (would update) ${updated} · không đổi (unchanged) ${unchanged} · bỏ qua (skipped) ${skipped}`
    : `  mới (created) ${created} · cập nhật (updated) ${updated} · không đổi (unchanged) ${unchanged} · bỏ qua (skipped) ${skipped}`
  const taxonomy = result.newTaxonomy
  return [
    result.dryRun
      ? `import (chạy thử, không ghi gì; dry run, nothing written): ${result.total} bản ghi trong ${duration(result.elapsedMs)} (${result.total} records in ${duration(result.elapsedMs)})`
      : `import: xong ${result.total} bản ghi trong ${duration(result.elapsedMs)} (${result.total} records in ${duration(result.elapsedMs)})`,
    ...filterLines(result),
    counts,
    ...skipLines(result),
    ...editedLines(result),
    ...(result.codesNotFound.length ? [`  mã không có trong tệp (codes not in the file): ${some(result.codesNotFound, 10)}`] : []),
    ...(taxonomy && taxonomy.fields.length + taxonomy.agencies.length > 0
      ? [`  sẽ tạo mới (would create): ${taxonomy.fields.length} lĩnh vực (fields)${taxonomy.fields.length ? ` — ${some(taxonomy.fields, 5)}` : ''}; ${taxonomy.agencies.length} cơ quan (agencies)`]
      : []),
    `  căn cứ pháp lý (legal basis): ${result.legalBasis.references} số ký hiệu, ${result.legalBasis.linked} liên kết được tới văn bản trong CMS (linked)`,
    kinds.length > 0 ? '  vấn đề khi đọc, theo loại — lần / bản ghi (parse problems by kind — times / records):' : '  không có vấn đề nào (no problems)',
    ...kinds.map(([kind, count]) => `    ${kind.padEnd(width)}  ${String(count).padStart(5)} / ${String(records(kind)).padStart(4)}  ${PROBLEM_KINDS[kind]}`),
    result.dryRun
      ? '  site: chạy thử, không báo site (dry run, site not notified)'
      : result.publishEventAttempted
        ? '  site: đã gửi yêu cầu dựng lại toàn bộ (sent one { full: true } publish event; a site that is not running rebuilds on its next start)'
        : '  site: không có thay đổi, không báo site (nothing changed, site not notified)',
    `  báo cáo (report): ${reportPath}`,
  ].join('\n')
}
