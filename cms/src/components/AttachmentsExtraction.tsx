'use client'
import { useFormFields } from '@payloadcms/ui'
import React from 'react'
import { ExtractionLine } from './ExtractionLine'

/**
 * Beside a legal document's attachments: the text extraction state of each attached file, with "Trích xuất lại".
 *
 * @remarks Follows the form, so a file just picked shows "Đang chờ trích xuất" and then its result without a reload.
 */
export function AttachmentsExtraction() {
  const value = useFormFields(([fields]) => fields.attachments?.value) as (number | { id: number })[] | null | undefined
  const ids = (Array.isArray(value) ? value : []).map((v) => (typeof v === 'object' ? v.id : v)).filter((id) => id !== undefined && id !== null)
  if (ids.length === 0) return null
  return (
    <section aria-label="Trích xuất văn bản từ tệp đính kèm" style={{ margin: '0.5rem 0 1.5rem' }}>
      <p style={{ margin: '0 0 0.25rem' }}>Văn bản đọc từ tệp đính kèm (dùng cho trang văn bản và tìm kiếm khi chưa nhập “Toàn văn”):</p>
      <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
        {ids.map((id) => (
          <li key={id} data-attachment-extraction={id}>
            <ExtractionLine id={id} showName />
          </li>
        ))}
      </ul>
    </section>
  )
}
