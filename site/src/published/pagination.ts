import type { translator } from '../i18n/locale'

type Translator = ReturnType<typeof translator>

/** The Vietnamese path of page `page` of a list whose first page is `basePath`: `/tin-tuc`, `/tin-tuc/trang/2`. */
export function listPagePath(basePath: string, page: number): string {
  return page === 1 ? basePath : `${basePath}/trang/${page}`
}

/** `items` cut into pages of `size`; an empty list is one empty page. */
export function paginate<T>(items: T[], size: number): T[][] {
  const pages = Math.max(1, Math.ceil(items.length / size))
  return Array.from({ length: pages }, (_, i) => items.slice(i * size, (i + 1) * size))
}

/** A list page's title: the list's heading, with "page n of N" when the list has more than one page. */
export function pagedTitle(heading: string, page: number, pages: number, t: Translator): string {
  return pages > 1 ? `${heading} (${t('pagination.pageOf', { n: page, total: pages })})` : heading
}
