import type { Locale } from '../i18n/locale'
import type { News } from './cms'
import { content } from './content'
import { filterBy, summarize, taxonomyValue, type Facet, type FacetValue } from './facets'

/** Articles per list page. */
export const NEWS_PAGE_SIZE = 10

/** What the news list view renders. */
export interface NewsListProps {
  items: News[]
  page: number
  pages: number
  /** The Vietnamese path of this list's first page: `/tin-tuc` or `/tin-tuc/chuyen-muc/<slug>`. */
  basePath: string
  category?: FacetValue
  categories: (FacetValue & { count: number })[]
}

const categoryFacet: Facet<News> = { key: 'chuyen-muc', title: 'news.category', valuesOf: (n) => taxonomyValue(n, 'category', n.category) }

/** The Vietnamese path of page `page` of a list whose first page is `basePath`. */
export function newsPagePath(basePath: string, page: number): string {
  return page === 1 ? basePath : `${basePath}/trang/${page}`
}

/** Every page of the news list and of each category, newest first: `/tin-tuc`, `/tin-tuc/trang/2`, `/tin-tuc/chuyen-muc/<slug>`. */
export async function newsListPaths(locale: Locale) {
  const all = await content(locale).news()
  const categories = summarize(all, [categoryFacet])[0].values
  const lists: { basePath: string; items: News[]; category?: FacetValue }[] = [
    { basePath: '/tin-tuc', items: all },
    ...categories.map((category) => ({ basePath: `/tin-tuc/chuyen-muc/${category.slug}`, items: filterBy(all, categoryFacet, category.slug), category })),
  ]
  return lists.flatMap(({ basePath, items, category }) => {
    const pages = Math.max(1, Math.ceil(items.length / NEWS_PAGE_SIZE))
    return Array.from({ length: pages }, (_, i) => ({
      params: { list: newsPagePath(basePath, i + 1).replace(/^\/tin-tuc\/?/, '') || undefined },
      props: { items: items.slice(i * NEWS_PAGE_SIZE, (i + 1) * NEWS_PAGE_SIZE), page: i + 1, pages, basePath, category, categories } satisfies NewsListProps,
    }))
  })
}

/** One page per published article, keyed by its slug. */
export async function newsPaths(locale: Locale) {
  const news = await content(locale).news()
  return news.map((item) => ({ params: { slug: item.slug ?? String(item.id) }, props: { item } }))
}
