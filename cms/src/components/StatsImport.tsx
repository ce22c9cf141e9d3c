'use client'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'
import type { StatsImportResult } from '../importers/stats/importStats'

type State = { kind: 'idle' } | { kind: 'sending' } | { kind: 'done'; result: StatsImportResult } | { kind: 'failed'; message: string }

/**
 * The CSV import panel above the list of processing reports: the template to download, a file picker and the
 * import report (counts, then each rejected row with its number and reasons).
 *
 * @remarks Sends the file to `POST /api/processing-reports/import`, which does the work with the editor's rights;
 * this component only shows the answer.
 */
export function StatsImport() {
  const [state, setState] = useState<State>({ kind: 'idle' })
  const router = useRouter()

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const file = new FormData(event.currentTarget).get('file')
    if (!(file instanceof File) || file.size === 0) return setState({ kind: 'failed', message: 'Hãy chọn tệp CSV theo mẫu.' })
    setState({ kind: 'sending' })
    try {
      const res = await fetch('/api/processing-reports/import', { method: 'POST', credentials: 'include', headers: { 'content-type': 'text/csv' }, body: await file.text() })
      const body = await res.json()
      if (body && typeof body === 'object' && 'counts' in body) {
        setState({ kind: 'done', result: body as StatsImportResult })
        router.refresh()
      } else setState({ kind: 'failed', message: (body as { message?: string }).message ?? `Máy chủ trả lời ${res.status}.` })
    } catch (err) {
      setState({ kind: 'failed', message: `Không gửi được tệp: ${(err as Error).message}` })
    }
  }

  return (
    <section aria-labelledby="stats-import-title" style={{ border: '1px solid var(--theme-elevation-150)', padding: '1rem 1.25rem', margin: '0 0 1.5rem' }}>
      <h2 id="stats-import-title" style={{ margin: '0 0 0.5rem', fontSize: '1.1rem' }}>
        Nhập số liệu từ tệp CSV
      </h2>
      <p style={{ margin: '0 0 0.75rem' }}>
        Điền theo <a href="/api/processing-reports/template">tệp mẫu CSV</a>: mỗi dòng là một kỳ (2026-Q1 hoặc 2026-03) của một thủ tục, ghi mã thủ tục và các số hồ sơ; tệp số liệu
        đang công khai trên trang Dữ liệu mở có cùng các cột, dùng làm ví dụ được. Nhập lại cùng tệp không tạo bản ghi trùng: dòng đã có được cập nhật, dòng không đổi được giữ nguyên.
      </p>
      <form onSubmit={onSubmit} style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <label>
          Tệp CSV: <input type="file" name="file" accept=".csv,text/csv" />
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-small" disabled={state.kind === 'sending'} style={{ margin: 0 }}>
          {state.kind === 'sending' ? 'Đang nhập…' : 'Nhập số liệu'}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {state.kind === 'failed' && <p style={{ color: 'var(--theme-error-500)' }}>{state.message}</p>}
        {state.kind === 'done' && <ImportReport result={state.result} />}
      </div>
    </section>
  )
}

function ImportReport({ result }: { result: StatsImportResult }) {
  if (result.fileError) return <p style={{ color: 'var(--theme-error-500)' }}>{result.fileError}</p>
  const { created, updated, unchanged, skipped } = result.counts
  return (
    <div style={{ marginTop: '0.75rem' }}>
      <p>
        Đã đọc {result.total} dòng: mới {created}, cập nhật {updated}, không đổi {unchanged}, bỏ qua {skipped}.
      </p>
      {result.problems.length > 0 && (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <caption style={{ textAlign: 'left', fontWeight: 600 }}>Các dòng không nhập được</caption>
          <thead>
            <tr>
              <th style={{ textAlign: 'left' }}>Dòng</th>
              <th style={{ textAlign: 'left' }}>Kỳ · mã thủ tục</th>
              <th style={{ textAlign: 'left' }}>Lý do</th>
            </tr>
          </thead>
          <tbody>
            {result.problems.map((p) => (
              <tr key={p.row} style={{ borderTop: '1px solid var(--theme-elevation-150)', verticalAlign: 'top' }}>
                <td>{p.row}</td>
                <td>{[p.period, p.code].filter(Boolean).join(' · ')}</td>
                <td>{p.reasons.join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
