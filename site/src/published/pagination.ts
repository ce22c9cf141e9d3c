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

/** Pages listed on either side of the current one by {@link pageLinks}. */
const AROUND = 2

/**
 * The page numbers a list page links to: the first, the last, the current one and {@link AROUND} on either side,
 * `null` where pages are left out between them (a gap of one page shows that page instead).
 *
 * @remarks GOV.UK's pagination pattern. Every page linked made `/van-ban` 284 kB at 100,000 documents (1,900 pages,
 * 2,000 links): the list's weight and the build's time per page grew with the corpus.
 */
export function pageLinks(page: number, pages: number): (number | null)[] {
  const shown = new Set([1, pages])
  for (let n = page - AROUND; n <= page + AROUND; n++) if (n >= 1 && n <= pages) shown.add(n)
  const numbers = [...shown].sort((a, b) => a - b)
  const links: (number | null)[] = []
  numbers.forEach((n, i) => {
    const previous = numbers[i - 1]
    if (previous !== undefined && n - previous === 2) links.push(n - 1)
    else if (previous !== undefined && n - previous > 2) links.push(null)
    links.push(n)
  })
  return links
}

/** A list page's title: the list's heading, with "page n of N" when the list has more than one page. */
export function pagedTitle(heading: string, page: number, pages: number, t: Translator): string {
  return pages > 1 ? `${heading} (${t('pagination.pageOf', { n: page, total: pages })})` : heading
}
