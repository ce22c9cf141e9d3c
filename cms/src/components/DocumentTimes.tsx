'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React from 'react'
import { formatAgencyDateTime } from '../lib/agencyTime'

/**
 * A document's "last modified" and "created" times, beside its buttons, in the agency's time zone.
 *
 * @remarks Payload writes them in the meta line in the browser's time zone, and no setting changes that; those two
 * are hidden (`custom.scss`) and shown here instead, with Payload's own labels. `Intl` formats in a given zone
 * whatever the computer's clock is set to. Given to every collection with timestamps by `agencyDates()`.
 */
export function DocumentTimes() {
  const { data } = useDocumentInfo()
  const { t } = useTranslation()
  const times = [
    [t('general:lastModified'), data?.updatedAt],
    [t('general:created'), data?.createdAt],
  ].filter((pair): pair is [string, string] => typeof pair[1] === 'string')
  if (times.length === 0) return null
  return (
    <ul className="document-times">
      {times.map(([label, at]) => (
        <li key={label}>
          {label}: <time dateTime={at}>{formatAgencyDateTime(at)}</time>
        </li>
      ))}
    </ul>
  )
}
