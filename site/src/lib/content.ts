import type { Locale } from '../i18n/locale'
import { getSiteSettings, listProcessingReports, listPublished, type LegalDocument, type ListedCollection, type News, type Page, type Procedure, type QualityProcess, type Question, type ReadOptions, type SiteSetting } from './cms'
import { addUntranslated, markUntranslated } from './translation'

const memo = new Map<string, Promise<unknown>>()

function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!memo.has(key)) memo.set(key, load())
  return memo.get(key) as Promise<T>
}

/**
 * A collection in `locale`; in English, each document also records which of its fields fell back to Vietnamese.
 *
 * @remarks The second read without fallback is what tells a translated field from a Vietnamese one shown in its place.
 */
async function localized<T extends { id: number }>(read: (options: ReadOptions) => Promise<T[]>, locale: Locale): Promise<T[]> {
  if (locale === 'vi') return read({})
  const [docs, bare] = await Promise.all([read({ locale }), read({ locale, fallback: false })])
  const byId = new Map(bare.map((d) => [d.id, d]))
  for (const doc of docs) markUntranslated(doc, byId.get(doc.id))
  return docs
}

function collection<T extends { id: number }>(name: ListedCollection, sort: string, locale: Locale): Promise<T[]> {
  return once(`${name}:${locale}`, () => localized((options) => listPublished(name, sort, options) as Promise<unknown[]> as Promise<T[]>, locale))
}

/**
 * Published content for static pages in one language, fetched once per build.
 *
 * @remarks A build renders many pages from the same lists; one request per collection and language keeps a build's
 * load on the CMS flat.
 */
export function content(locale: Locale = 'vi') {
  return {
    legalDocuments: () => collection<LegalDocument>('legal-documents', '-issuedDate', locale),
    procedures: () => collection<Procedure>('procedures', 'code', locale),
    news: () => collection<News>('news', '-publishedDate', locale),
    pages: () => collection<Page>('pages', 'order', locale),
    qualityProcesses: () => collection<QualityProcess>('quality-processes', 'code', locale),
    processingReports: () => once('processing-reports', listProcessingReports),
    questions: () => collection<Question>('questions', '-answeredDate', locale),
    settings: () => once(`site-settings:${locale}`, () => settingsOrFallback(locale)),
  }
}

/**
 * The site settings, or a minimal stand-in when the CMS cannot be reached.
 *
 * @remarks On-demand pages (search, feedback) render the layout at request time; they must keep working while the
 * CMS is down, so a failure is not cached and the page shows the agency name without contacts.
 */
async function settingsOrFallback(locale: Locale): Promise<SiteSetting> {
  try {
    const [settings] = await localized(async (options) => [await getSiteSettings(options)], locale)
    if (locale !== 'vi' && settings.agencyName === (await content('vi').settings()).agencyName) {
      // The agency name has a default value, which the CMS fills in even without fallback: a copy means untranslated.
      addUntranslated(settings, 'agencyName')
    }
    return settings
  } catch (err) {
    memo.delete(`site-settings:${locale}`)
    console.warn(`site settings unavailable, using a minimal header and footer: ${(err as Error).message}`)
    return { id: 0, agencyName: 'Sở Ngoại vụ' } as SiteSetting
  }
}
