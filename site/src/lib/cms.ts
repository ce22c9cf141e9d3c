import type { LegalDocument, News, Procedure, SiteSetting } from '@congkhai/cms/payload-types'
import { siteConfig } from '../config'

export type { LegalDocument, News, Procedure, SiteSetting }

/** Collections the public site publishes. */
export type PublicCollection = 'legal-documents' | 'procedures' | 'news'

type PublicDoc = { 'legal-documents': LegalDocument; procedures: Procedure; news: News }

/** The name of a related taxonomy document (field, agency, category) when the relation was populated. */
export function nameOf(related: number | { name?: string | null } | null | undefined): string | undefined {
  return typeof related === 'object' && related !== null ? (related.name ?? undefined) : undefined
}

/** The CMS answered with something other than success. */
export class CmsError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body?: unknown,
  ) {
    super(message)
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const url = new URL(`/api${path}`, siteConfig.CMS_URL)
  let res: Response
  try {
    res = await fetch(url, { ...init, signal: init.signal ?? AbortSignal.timeout(15_000) })
  } catch (err) {
    throw new CmsError(`CMS unreachable at ${url.origin}: ${(err as Error).message}`, 503)
  }
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text()
  if (!res.ok) throw new CmsError(`CMS ${init.method ?? 'GET'} ${url.pathname} answered ${res.status}`, res.status, body)
  return body as T
}

/**
 * Every published document of a collection, as an anonymous reader sees it.
 *
 * @remarks Reads anonymously on purpose: the CMS's access rules, not this code, decide what is public.
 */
export async function listPublished<C extends PublicCollection>(collection: C, sort = '-createdAt'): Promise<PublicDoc[C][]> {
  const all: PublicDoc[C][] = []
  for (let page = 1; ; page++) {
    const res = await request<{ docs: PublicDoc[C][]; hasNextPage: boolean }>(`/${collection}?limit=200&page=${page}&depth=1&sort=${encodeURIComponent(sort)}`)
    all.push(...res.docs)
    if (!res.hasNextPage) return all
  }
}

/** The agency's identity and contacts (the CMS's site-settings global). */
export function getSiteSettings(): Promise<SiteSetting> {
  return request<SiteSetting>('/globals/site-settings?depth=0')
}

/** One published document by id, or null when it is not (or no longer) public. */
export async function findPublished<C extends PublicCollection>(collection: C, id: string | number): Promise<PublicDoc[C] | null> {
  try {
    return await request<PublicDoc[C]>(`/${collection}/${encodeURIComponent(String(id))}?depth=1`)
  } catch (err) {
    if (err instanceof CmsError && (err.status === 404 || err.status === 403)) return null
    throw err
  }
}

/** A draft opened from the admin's preview link; the token is checked by the CMS, not here. */
export async function findPreview(collection: string, id: string, token: string): Promise<{ collection: PublicCollection | 'pages'; doc: LegalDocument | Procedure | News } | null> {
  try {
    return await request(`/preview/${encodeURIComponent(collection)}/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`)
  } catch (err) {
    if (err instanceof CmsError && [403, 404].includes(err.status)) return null
    throw err
  }
}

/** What a citizen submits through the feedback form. */
export interface FeedbackInput {
  name: string
  email?: string
  phone?: string
  title: string
  content: string
}

/** Stores feedback in the CMS with the site's service account; resolves only once the CMS has saved it. */
export async function createFeedback(input: FeedbackInput): Promise<{ id: number }> {
  const res = await request<{ doc: { id: number } }>('/feedback', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `users API-Key ${siteConfig.SITE_API_KEY}` },
    body: JSON.stringify(input),
  })
  return { id: res.doc.id }
}
