'use client'
import type { DateFieldClientProps } from 'payload'
import { DateTimeField, TextInput, useField } from '@payloadcms/ui'
import React from 'react'
import { formatAgencyDateTime } from '../lib/agencyTime'

/**
 * A date-and-time field: read-only (stamps such as "received at"), its value in the agency's time zone; editable,
 * Payload's own picker.
 *
 * @remarks Payload's picker shows the time in the browser's time zone, unless the field stores a zone of its own
 * (`timezone`, a column more per date). The stamps are set by the CMS and only read, so they are shown as text.
 * Given to every date-and-time field by `agencyDates()`.
 */
export function AgencyDateField(props: DateFieldClientProps) {
  const { field, path: pathFromProps, readOnly } = props
  const { value, path } = useField<string>({ potentiallyStalePath: pathFromProps })
  if (!readOnly && !field.admin?.readOnly) return <DateTimeField {...props} />
  return <TextInput path={path} label={field.label || undefined} localized={field.localized} description={field.admin?.description} value={formatAgencyDateTime(value)} readOnly />
}
