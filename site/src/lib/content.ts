import { listPublished, nameOf, type LegalDocument, type News, type Procedure } from './cms'

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
