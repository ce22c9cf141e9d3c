'use client'
import { Link, useConfig } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React from 'react'
import { formatAgencyDateTime } from '../lib/agencyTime'

/** What Payload's versions list gives the cell of its "Updated at" column. */
export interface AgencyVersionCellProps {
  collectionSlug?: string
  docID?: number | string
  globalSlug?: string
  isTrashed?: boolean
  rowData?: { id?: number | string; updatedAt?: string }
}

/**
 * A version's time in a document's versions list (`/admin/collections/<slug>/<id>/versions`), as a link to that
 * version, in the agency's time zone: `06/12/2026 20:35`.
 *
 * @remarks Stands in for Payload's `CreatedAtCell` (`@payloadcms/next/dist/views/Versions/cells/CreatedAt`), which
 * formats with `admin.dateFormat` but in the browser's time zone. Payload offers no slot for it: the versions view
 * builds its columns itself (`buildVersionColumns`; its `CreatedAtCellOverride` is only set by the version
 * comparison's drawer), and neither `VersionsView` nor its pieces are in `@payloadcms/next`'s exports, so a custom
 * `views.edit.versions` would have to copy the whole view. The build swaps the module for this one instead
 * (`replaceModule` in `next.config.ts`); same props, same link, only the zone differs.
 */
export const AgencyVersionCell = ({ collectionSlug, docID, globalSlug, isTrashed, rowData }: AgencyVersionCellProps) => {
  const { config } = useConfig()
  const { id, updatedAt } = rowData ?? {}
  const adminRoute = config.routes.admin
  const path: `/${string}` = collectionSlug
    ? `/collections/${collectionSlug}/${isTrashed ? 'trash/' : ''}${docID}/versions/${id}`
    : `/globals/${globalSlug}/versions/${id}`
  return (
    <Link href={formatAdminURL({ adminRoute, path })} prefetch={false}>
      {updatedAt ? <time dateTime={new Date(updatedAt).toISOString()}>{formatAgencyDateTime(updatedAt)}</time> : '—'}
    </Link>
  )
}
