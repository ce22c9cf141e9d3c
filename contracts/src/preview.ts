/** Collections an editor can preview on the public site, drafts included. */
export const PREVIEWABLE_COLLECTIONS = ['procedures', 'legal-documents', 'news', 'pages'] as const

/** A collection with a preview on the public site. */
export type PreviewableCollection = (typeof PREVIEWABLE_COLLECTIONS)[number]

/** Whether the public site can show a preview of a collection's documents. */
export const isPreviewable = (collection: string): collection is PreviewableCollection => (PREVIEWABLE_COLLECTIONS as readonly string[]).includes(collection)

/** The public site's preview page; the admin's "Preview" link opens it. */
export const PREVIEW_PAGE_PATH = '/xem-truoc'

/** What a preview link names: the document, and the token signed by the CMS that lets the site read its draft. */
export interface PreviewLink {
  collection: string
  id: string
  token: string
}

/** The admin's preview link to one document: `<site>/xem-truoc?c=…&id=…&token=…`. */
export function previewPageUrl(siteUrl: string, { collection, id, token }: PreviewLink): string {
  return `${siteUrl}${PREVIEW_PAGE_PATH}?${new URLSearchParams({ c: collection, id, token })}`
}

/** Reads a preview link's document and token from the page's query (empty strings for what is missing). */
export function readPreviewLink(query: URLSearchParams): PreviewLink {
  return { collection: query.get('c') ?? '', id: query.get('id') ?? '', token: query.get('token') ?? '' }
}
