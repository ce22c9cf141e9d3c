import type { Locale } from '../i18n/locale'
import type { News } from './cms'
import { content } from './content'
import { filterBy, summarize, taxonomyValue, type Facet, type FacetValue } from './facets'
import { listPagePath, paginate } from './pagination'

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

/** The news categories, as the list pages filter by them. */
export const categoryFacet: Facet<News> = { key: 'chuyen-muc', title: 'news.category', valuesOf: (n) => taxonomyValue(n, 'category', n.category) }

/** Every page of the news list and of each category, newest first: `/tin-tuc`, `/tin-tuc/trang/2`, `/tin-tuc/chuyen-muc/<slug>`. */
export async function newsListPaths(locale: Locale) {
  const all = await content(locale).news()
  const categories = summarize(all, [categoryFacet])[0].values
  const lists: { basePath: string; items: News[]; category?: FacetValue }[] = [
    { basePath: '/tin-tuc', items: all },
    ...categories.map((category) => ({ basePath: `/tin-tuc/chuyen-muc/${category.slug}`, items: filterBy(all, categoryFacet, category.slug), category })),
  ]
  return lists.flatMap(({ basePath, items, category }) =>
    paginate(items, NEWS_PAGE_SIZE).map((slice, i, pages) => ({
      params: { list: listPagePath(basePath, i + 1).replace(/^\/tin-tuc\/?/, '') || undefined },
      props: { items: slice, page: i + 1, pages: pages.length, basePath, category, categories } satisfies NewsListProps,
    })),
  )
}

/** One page per published article, keyed by its slug. */
export async function newsPaths(locale: Locale) {
  const news = await content(locale).news()
  return news.map((item) => ({ params: { slug: item.slug ?? String(item.id) }, props: { item } }))
}
