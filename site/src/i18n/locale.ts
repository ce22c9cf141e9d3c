import { ui, type UiKey } from './ui'

/** The site's languages: Vietnamese at the root, English under `/en/`. */
export const locales = ['vi', 'en'] as const

/** One of the site's languages. */
export type Locale = (typeof locales)[number]

/** The language of unprefixed paths and of the CMS's default content. */
export const defaultLocale: Locale = 'vi'

/** The locale a site path belongs to: English under `/en/`, Vietnamese everywhere else. */
export function localeFromPath(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'vi'
}

/** A path without its language prefix: `/en/thu-tuc` → `/thu-tuc`, `/en` → `/`. */
export function unlocalizedPath(pathname: string): string {
  if (localeFromPath(pathname) === 'vi') return pathname
  return pathname.slice(3) || '/'
}

/** The path of a page in `locale`, given its Vietnamese path: `/thu-tuc` → `/en/thu-tuc` in English. */
export function localizePath(path: string, locale: Locale): string {
  if (locale === defaultLocale) return path
  return path === '/' ? `/${locale}` : `/${locale}${path}`
}

/** The same page in the other language: the target of the language switcher and of `hreflang` links. */
export function switchLocalePath(pathname: string): { locale: Locale; path: string } {
  const other: Locale = localeFromPath(pathname) === 'vi' ? 'en' : 'vi'
  const bare = unlocalizedPath(pathname).replace(/(.)\/$/, '$1')
  return { locale: other, path: localizePath(bare, other) }
}

/** A page route's path: its parameters, and the props its page is rendered with. */
interface RoutePath<Params, Props> {
  params: Params
  props?: Props
}

/**
 * The paths of a page route in every language, for the routes under `pages/[...lang]/`: each path `pathsIn(locale)`
 * gives, with the language among its params (`lang`: none for Vietnamese at the root, `en` for English) and `locale`
 * among its props.
 *
 * @remarks One route file serves both languages this way. Only pre-rendered routes can: an on-demand route under
 * `[...lang]` would answer under any prefix (`/a/b/tim-kiem`), so those keep a file per language.
 */
export async function inEveryLocale<Params extends Record<string, string | undefined>, Props extends object = Record<never, never>>(
  pathsIn: (locale: Locale) => RoutePath<Params, Props>[] | Promise<RoutePath<Params, Props>[]>,
): Promise<{ params: Params & { lang: string | undefined }; props: Props & { locale: Locale } }[]> {
  const paths: { params: Params & { lang: string | undefined }; props: Props & { locale: Locale } }[] = []
  for (const locale of locales) {
    const lang = locale === defaultLocale ? undefined : locale
    for (const { params, props } of await pathsIn(locale)) paths.push({ params: { ...params, lang }, props: { ...(props as Props), locale } })
  }
  return paths
}

/** The paths of a page whose route has no parameter but the language (home, contact…): one per language. */
export const localePaths = () => inEveryLocale(() => [{ params: {} }])

/** A lookup of UI strings in `locale`; `{name}` placeholders are filled from `values`. */
export function translator(locale: Locale): (key: UiKey, values?: Record<string, string | number>) => string {
  const strings = ui[locale]
  return (key, values) => {
    const text = strings[key]
    return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : text
  }
}
