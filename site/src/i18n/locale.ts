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

/** A lookup of UI strings in `locale`; `{name}` placeholders are filled from `values`. */
export function translator(locale: Locale): (key: UiKey, values?: Record<string, string | number>) => string {
  const strings = ui[locale]
  return (key, values) => {
    const text = strings[key]
    return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : text
  }
}
