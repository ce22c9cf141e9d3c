import type { DateField, DefaultServerCellComponentProps } from 'payload'
import React from 'react'
import { formatAgencyDateTime, formatAgencyDay } from '../lib/agencyTime'

/**
 * A date column of any list: the day, or the day and time, in the agency's time zone (`06/12/2026 20:35`).
 *
 * @remarks A server component, so it reads the same whatever time zone the editor's computer is set to: Payload's own
 * cell formats in the browser's. A field whose `displayFormat` has no hours shows the day only. Given to every date
 * field by `agencyDates()`.
 */
export const AgencyDateCell = ({ cellData, field, link, linkURL }: DefaultServerCellComponentProps) => {
  if (!cellData) return <span>—</span>
  const format = (field as DateField).admin?.date?.displayFormat ?? ''
  const text = /H/.test(format) ? formatAgencyDateTime(cellData as string) : formatAgencyDay(cellData as string)
  const time = <time dateTime={new Date(cellData as string).toISOString()}>{text}</time>
  return link && linkURL ? <a href={linkURL}>{time}</a> : time
}
