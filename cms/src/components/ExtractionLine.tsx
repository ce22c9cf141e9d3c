'use client'
import React, { useCallback, useEffect, useState } from 'react'
import { isExtractable } from '../collections/Media/extractionField'
import { describeExtraction, extractionPending, type ExtractionSummary } from '../lib/describeExtraction'

type Summary = { filename?: string | null; mimeType?: string | null; extraction?: ExtractionSummary | null }

const FIELDS = ['filename', 'mimeType', ...['status', 'pages', 'characters', 'reason', 'progress', 'textCorrected'].map((f) => `extraction][${f}`)]
const SELECT = FIELDS.map((f) => `select[${f}]=true`).join('&')
const POLL_MS = 2000

/**
 * One file's extraction state, kept fresh while its job runs, with the "Trích xuất lại" button.
 *
 * @remarks Reads the file's state itself (not the edit form's copy), so it shows the job's progress without a reload.
 * The button calls `POST /api/media/:id/extract`, which checks the editor's rights.
 */
export function ExtractionLine({ id, showName = false }: { id: number | string; showName?: boolean }) {
  const [media, setMedia] = useState<Summary | null>(null)
  const [message, setMessage] = useState<string>('')
  const [sending, setSending] = useState(false)

  const load = useCallback(async () => {
    try {
      const res = await fetch(`/api/media/${id}?depth=0&${SELECT}`, { credentials: 'include' })
      if (res.ok) setMedia((await res.json()) as Summary)
    } catch {
      // The next poll tries again.
    }
  }, [id])

  useEffect(() => {
    void load()
  }, [load])
  useEffect(() => {
    if (!extractionPending(media?.extraction)) return
    const timer = setTimeout(() => void load(), POLL_MS)
    return () => clearTimeout(timer)
  }, [media, load])

  async function rerun() {
    setSending(true)
    setMessage('')
    try {
      const res = await fetch(`/api/media/${id}/extract`, { method: 'POST', credentials: 'include' })
      const body = (await res.json().catch(() => ({}))) as { message?: string }
      setMessage(res.ok ? '' : (body.message ?? `Máy chủ trả lời ${res.status}.`))
      await load()
    } catch (err) {
      setMessage(`Không gửi được yêu cầu: ${(err as Error).message}`)
    } finally {
      setSending(false)
    }
  }

  if (!media) return <span>Đang tải trạng thái trích xuất…</span>
  const extractable = isExtractable(media.mimeType)
  return (
    <span style={{ display: 'inline-flex', gap: '0.75rem', alignItems: 'center', flexWrap: 'wrap' }}>
      {showName && <strong>{media.filename}:</strong>}
      <span role="status" aria-live="polite" data-extraction-status={media.extraction?.status ?? 'none'}>
        {describeExtraction(media.extraction)}
      </span>
      {extractable && (
        <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} disabled={sending || extractionPending(media.extraction)} onClick={() => void rerun()}>
          Trích xuất lại
        </button>
      )}
      {message && <span style={{ color: 'var(--theme-error-500)' }}>{message}</span>}
    </span>
  )
}
