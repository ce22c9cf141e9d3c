import { previewPageUrl } from '@congkhai/contracts/preview'
import type { CollectionConfig } from 'payload'
import { cmsConfig } from '../config'
import { createPreviewToken } from '../lib/previewToken'

/** The admin's "Preview" link: the document, drafts included, as the public site will show it. */
export function previewUrl(collection: string): NonNullable<NonNullable<CollectionConfig['admin']>['preview']> {
  return (doc) => {
    const id = doc?.id as string | number | undefined
    if (id === undefined) return null
    return previewPageUrl(cmsConfig.SITE_URL, { collection, id: String(id), token: createPreviewToken(collection, id) })
  }
}
