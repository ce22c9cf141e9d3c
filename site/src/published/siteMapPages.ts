import { translator, type Locale } from '../i18n/locale'
import { CONTACT_PATH, flatten, pageTree, type PageNode } from './agencyPages'
import { content } from './content'
import { documentFacets } from './documentPages'
import { summarize, type Facet, type FacetSummary } from './facets'
import { categoryFacet } from './newsPages'
import { procedureFacets } from './procedurePages'
import { processSlug } from './qualityProcessPages'
import { fallbackLang } from './translation'

/** One link of the site map, with the pages under it. */
export interface SiteMapEntry {
  /** Vietnamese path: `/thu-tuc/linh-vuc/lanh-su`. */
  path: string
  label: string
  /** `vi` when the label is an untranslated name on an English page. */
  lang?: 'vi'
  /** How many published items the page lists, where it lists some. */
  count?: number
  children: SiteMapEntry[]
}

const link = (path: string, label: string, children: SiteMapEntry[] = [], count?: number): SiteMapEntry => ({ path, label, count, children })

/** The values of one facet over `items`, each as a link to its filtered list under `basePath`, with its count. */
function facetLinks<T>(items: T[], facet: Facet<T> | undefined, basePath: string): SiteMapEntry[] {
  if (!facet) return []
  const [summary] = summarize(items, [facet]) as [FacetSummary]
  return summary.values.map((v) => ({ path: `${basePath}/${facet.key}/${v.slug}`, label: v.label, lang: v.lang, count: v.count, children: [] }))
}

function agencyEntry(node: PageNode): SiteMapEntry {
  return { path: node.path, label: node.page.title, lang: fallbackLang(node.page, 'title'), children: node.children.map(agencyEntry) }
}

/**
 * The site map page's tree (`/so-do-trang`): every section of the site with the lists inside it and their counts
 * (procedures by field, documents by type, news by category, statistics by period, each ISO process), and the agency
 * pages as the agency arranged them.
 *
 * @remarks Each filtered list is linked with the count its own page shows, from the same facets. The contact page is
 * listed where the agency put it in its pages, and at the end only when no page holds it. The statistics' periods
 * come in from `stats/` (`statsPeriodTree`), which builds on this folder rather than the other way round.
 */
export async function siteMapEntries(locale: Locale, statsPeriods: SiteMapEntry[]): Promise<SiteMapEntry[]> {
  const t = translator(locale)
  const c = content(locale)
  const [procedures, docs, news, questions, processes, tree] = await Promise.all([c.procedures(), c.legalDocuments(), c.news(), c.questions(), c.qualityProcesses(), pageTree(locale)])
  const facet = <T>(facets: Facet<T>[], key: string) => facets.find((f) => f.key === key)
  const agency = tree.map(agencyEntry)
  const contactListed = flatten(tree).some((node) => node.path === CONTACT_PATH)
  return [
    link('/', t('nav.home')),
    link('/thu-tuc', t('procedures.title'), facetLinks(procedures, facet(procedureFacets(locale), 'linh-vuc'), '/thu-tuc'), procedures.length),
    link('/van-ban', t('documents.title'), facetLinks(docs, facet(documentFacets(locale), 'loai'), '/van-ban'), docs.length),
    link('/tin-tuc', t('news.title'), facetLinks(news, categoryFacet, '/tin-tuc'), news.length),
    link('/thong-ke', t('stats.title'), statsPeriods),
    link(
      '/quy-trinh-iso',
      t('iso.title'),
      processes.map((p) => ({ path: `/quy-trinh-iso/${processSlug(p.code)}`, label: `${p.code}: ${p.name}`, lang: fallbackLang(p, 'name'), children: [] })),
      processes.length,
    ),
    ...agency,
    link('/hoi-dap', t('qa.title'), [], questions.length),
    link('/gop-y', t('feedback.title'), [link('/tra-cuu-gop-y', t('track.title'))]),
    link('/du-lieu', t('data.title')),
    link('/tim-kiem', t('search.title')),
    ...(contactListed ? [] : [link(CONTACT_PATH, t('contact.title'))]),
  ]
}
