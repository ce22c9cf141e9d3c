import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'
import { formatAgencyDay } from '../lib/agencyTime'

const OPEN = ['moi', 'dang-xu-ly']

/**
 * The feedback list's due-date column: the date, in red with "quá hạn" once an open item is past it, in amber on
 * its last day.
 *
 * @remarks Text only (React escapes it); nothing a citizen typed is rendered here.
 */
export const DueDateCell = ({ cellData, rowData }: DefaultServerCellComponentProps) => {
  if (!cellData) return <span>—</span>
  const due = new Date(cellData as string)
  const label = formatAgencyDay(due)
  const open = OPEN.includes(String(rowData?.status ?? ''))
  const left = due.getTime() - Date.now()
  if (open && left < 0) {
    return (
      <span className="feedback-overdue" style={{ color: 'var(--theme-error-600, #b42318)', fontWeight: 700 }}>
        {label} · quá hạn
      </span>
    )
  }
  if (open && left < 24 * 3600_000) return <span style={{ color: 'var(--theme-warning-700, #b54708)', fontWeight: 600 }}>{label} · hết hạn hôm nay</span>
  return <span>{label}</span>
}
