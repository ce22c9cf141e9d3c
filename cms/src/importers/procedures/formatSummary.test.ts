import { describe, expect, it } from 'vitest'
import { formatSummary } from './formatSummary'
import type { ImportResult } from './importProcedures'

// What a re-import of the foreign ministry's eight procedures reports once editors changed two of them.
const result: ImportResult = {
  dryRun: false,
  total: 2642,
  counts: { created: 0, updated: 1, unchanged: 5, skipped: 2636 },
  skippedByReason: { 'filtered-out': 2634, unparseable: 0, edited: 2, 'write-failed': 0 },
  filters: [
    { kind: 'agency', records: 8, values: [{ value: 'Bộ Ngoại giao', records: 8, matched: [{ name: 'Bộ Ngoại giao', records: 5 }, { name: 'Cục Lãnh sự - Bộ Ngoại giao', records: 4 }] }] },
    { kind: 'level', records: 1413, values: [{ value: 'bo', records: 1413, matched: [{ name: 'bo', records: 1413 }] }] },
  ],
  filteredOut: { byFilter: { agency: 2634, level: 1229 }, records: [] },
  codesNotFound: [],
  edited: [
    { line: 1186, code: '1.009555', id: 3, state: 'edited', sourceChanged: true, differs: ['name'], action: 'kept' },
    { line: 1187, code: '1.009556', id: 4, state: 'unknown', sourceChanged: null, differs: ['steps'], action: 'kept' },
  ],
  problemsByKind: {},
  problems: [],
  legalBasis: { references: 0, linked: 0 },
  publishEventAttempted: true,
  elapsedMs: 900,
}

describe('formatSummary', () => {
  it('says what each filter matched, why records were skipped and which procedures editors changed', () => {
    const lines = formatSummary(result, '/srv/report.json').split('\n')
    expect(lines).toContain('    --agency "Bộ Ngoại giao": 8 — Bộ Ngoại giao 5, Cục Lãnh sự - Bộ Ngoại giao 4')
    expect(lines).toContain('  mới (created) 0 · cập nhật (updated) 1 · không đổi (unchanged) 5 · bỏ qua (skipped) 2636')
    expect(lines.find((line) => line.trim().startsWith('filtered-out'))).toMatch(/^ {4}filtered-out +2634 +Không khớp bộ lọc/)
    expect(lines).toContain('                         không khớp (failed): --agency 2634, --level 1229')
    expect(lines.find((line) => line.trim().startsWith('edited'))).toMatch(/^ {4}edited +2 +Biên tập viên đã sửa/)
    expect(lines.some((line) => line.trim().startsWith('unparseable'))).toBe(false)
    expect(lines).toContain('    giữ nguyên (kept): 1.009555, 1.009556; ghi đè bằng --overwrite-edited (overwrite with --overwrite-edited)')
    expect(lines.join('\n')).toContain('trong đó 1 cũng đã đổi ở nguồn (also changed at the source), 1 không có dấu lần nhập')
  })

  it('says a dry run wrote nothing, in its counts too', () => {
    const summary = formatSummary({ ...result, dryRun: true, edited: [], newTaxonomy: { fields: ['Hải quan'], agencies: ['Bộ Ngoại giao'] } }, '/srv/report.json')
    expect(summary.split('\n')[0]).toMatch(/^import \(chạy thử, không ghi gì; dry run, nothing written\)/)
    expect(summary).toContain('sẽ tạo (would create) 0 · sẽ cập nhật (would update) 1')
    expect(summary).toContain('sẽ tạo mới (would create): 1 lĩnh vực (fields) — Hải quan; 1 cơ quan (agencies)')
    expect(summary).toContain('site: chạy thử, không báo site (dry run, site not notified)')
  })
})
