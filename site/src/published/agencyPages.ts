import { inEveryLocale, localizePath, type Locale } from '../i18n/locale'
import type { Page } from './cms'
import { content } from './content'

/** First path segments that belong to other routes; an agency page whose path would start with one is not published. */
const RESERVED = new Set(['thu-tuc', 'van-ban', 'tin-tuc', 'tim-kiem', 'gop-y', 'tra-cuu-gop-y', 'hoi-dap', 'lien-he', 'du-lieu', 'thong-ke', 'quy-trinh-iso', 'so-do-trang', 'en', 'api', 'xem-truoc', '_internal', '404'])

/** The Vietnamese path of the contact page, which shows the `lien-he` section with the agency's contacts. */
export const CONTACT_PATH = '/lien-he'

/** An agency page with its place in the tree. */
export interface PageNode {
  page: Page
  /** Vietnamese path: the slugs from the top page down, `/gioi-thieu/chuc-nang-nhiem-vu`. */
  path: string
  children: PageNode[]
}

const parentId = (page: Page) => (typeof page.parent === 'object' && page.parent !== null ? page.parent.id : page.parent)

/**
 * The published agency pages as a tree, each with its path; pages of the `lien-he` section link to the contact page.
 *
 * @remarks A page whose parent is not published is left out rather than shown at the top, since its place is unknown.
 */
export async function pageTree(locale: Locale): Promise<PageNode[]> {
  const pages = [...(await content(locale).pages())].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
  const build = (parent: number | null | undefined, prefix: string, seen: Set<number>): PageNode[] =>
    pages
      .filter((p) => (parentId(p) ?? null) === (parent ?? null) && !seen.has(p.id))
      .map((page) => {
        const path = page.section === 'lien-he' ? CONTACT_PATH : `${prefix}/${page.slug ?? page.id}`
        return { page, path, children: build(page.id, path, new Set([...seen, page.id])) }
      })
      .filter((node) => node.path === CONTACT_PATH || !RESERVED.has(node.path.split('/')[1]))
  return build(null, '', new Set())
}

/** Every node of the tree, parents before their children. */
export function flatten(nodes: PageNode[]): PageNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)])
}

/** The Vietnamese path the "About" link in the navigation opens: the first top-level page, or the contact page. */
export async function aboutPath(locale: Locale): Promise<string> {
  return (await pageTree(locale))[0]?.path ?? CONTACT_PATH
}

/**
 * One static page per agency page except the contact page, in both languages (`/gioi-thieu`, `/en/gioi-thieu`), with
 * its breadcrumb trail and the whole tree for navigation.
 *
 * @remarks The language prefix is part of the one rest parameter: a route `[...lang]/[...page]` would have two, and
 * a path could not tell them apart.
 */
export async function agencyPagePaths() {
  const paths = await inEveryLocale(agencyPagePathsIn)
  return paths.map(({ params, props }) => ({ params: { page: localizePath(`/${params.page}`, props.locale).slice(1) }, props }))
}

async function agencyPagePathsIn(locale: Locale) {
  const tree = await pageTree(locale)
  const trailOf = (target: PageNode, nodes: PageNode[], trail: PageNode[] = []): PageNode[] | undefined => {
    for (const node of nodes) {
      if (node === target) return [...trail, node]
      const found = trailOf(target, node.children, [...trail, node])
      if (found) return found
    }
    return undefined
  }
  return flatten(tree)
    .filter((node) => node.path !== CONTACT_PATH)
    .map((node) => ({ params: { page: node.path.slice(1) }, props: { node, trail: trailOf(node, tree) ?? [node], tree } }))
}

/** The page of the `lien-he` section, shown above the agency's contacts on the contact page. */
export async function contactPage(locale: Locale): Promise<Page | undefined> {
  return (await content(locale).pages()).find((p) => p.section === 'lien-he')
}
