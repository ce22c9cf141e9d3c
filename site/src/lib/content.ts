import { getSiteSettings, listPublished, nameOf, type LegalDocument, type News, type Procedure, type SiteSetting } from './cms'

const memo = new Map<string, Promise<unknown>>()

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!memo.has(key)) memo.set(key, load())
  return memo.get(key) as Promise<T>
}

/**
 * Published content for static pages, fetched once per build.
 *
 * @remarks A build renders many pages from the same lists; one request per collection keeps a build's load on the CMS flat.
 */
export const content = {
  legalDocuments: () => once('legal-documents', () => listPublished('legal-documents', '-issuedDate')) as Promise<LegalDocument[]>,
  procedures: () => once('procedures', () => listPublished('procedures', 'code')) as Promise<Procedure[]>,
  news: () => once('news', () => listPublished('news', '-publishedDate')) as Promise<News[]>,
  settings: () => once('site-settings', settingsOrFallback),
}

/**
 * The site settings, or a minimal stand-in when the CMS cannot be reached.
 *
 * @remarks On-demand pages (search, feedback) render the layout at request time; they must keep working while the
 * CMS is down, so a failure is not cached and the page shows the agency name without contacts.
 */
async function settingsOrFallback(): Promise<SiteSetting> {
  try {
    return await getSiteSettings()
  } catch (err) {
    memo.delete('site-settings')
    console.warn(`site settings unavailable, using a minimal header and footer: ${(err as Error).message}`)
    return { id: 0, agencyName: 'Sở Ngoại vụ' } as SiteSetting
  }
}

/** Published procedures grouped by field (lĩnh vực), fields in Vietnamese alphabetical order. */
export async function proceduresByField(): Promise<{ field: string; procedures: Procedure[] }[]> {
  const groups = new Map<string, Procedure[]>()
  for (const p of await content.procedures()) {
    const field = nameOf(p.field) ?? 'Lĩnh vực khác'
    groups.set(field, [...(groups.get(field) ?? []), p])
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b, 'vi')).map(([field, procedures]) => ({ field, procedures }))
}
