/**
 * The pages `bench:site` scores: one of every page type the site serves, in both languages, and on a large dataset
 * the heaviest page of each type rather than the demo seed's example.
 */
import fs from 'node:fs'
import path from 'node:path'
import { localized, pageTypes } from '../e2e/pageTypes'

/** One page to score: its page type, language and path. */
export interface BenchPage {
  name: string
  locale: 'vi' | 'en'
  path: string
  /** Why this page: the seed's example, or the heaviest of its kind in the build (and how heavy, in HTML bytes). */
  chosen: string
}

/** The first path segments of pages that are lists or filters, never a detail page's slug. */
const NOT_SLUGS = new Set(['trang', 'linh-vuc', 'hieu-luc', 'chuyen-muc', 'loai', 'co-quan', 'cap', 'truc-tuyen', 'nam', 'cu-nhat'])

/** Size of a built page's HTML, or 0 when the folder holds no page. */
function htmlBytes(file: string): number {
  try {
    return fs.statSync(file).size
  } catch {
    return 0
  }
}

/** The folders under `dir` that may hold a detail page: not a list, a filter or a build's own folder. */
function pageFolders(dir: string): string[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && !NOT_SLUGS.has(e.name) && !e.name.startsWith('_')).map((e) => e.name)
  } catch {
    return []
  }
}

/**
 * The heaviest sibling of a built page: the largest `index.html` among the folders beside the example's own folder
 * (every procedure for a procedure, every field's list for a field's list) and the pages just under them (the
 * further pages of a paged legal document, `van-ban/<slug>/dieu-106`), skipping list and filter folders.
 */
export function heaviestSibling(clientDir: string, examplePath: string): { path: string; bytes: number } | undefined {
  const segments = examplePath.split('/').filter(Boolean)
  if (segments.length < 2) return undefined
  const parent = path.join(clientDir, ...segments.slice(0, -1))
  let best: { path: string; bytes: number } | undefined
  const consider = (relative: string[]) => {
    const bytes = htmlBytes(path.join(parent, ...relative, 'index.html'))
    if (bytes > (best?.bytes ?? 0)) best = { path: `/${[...segments.slice(0, -1), ...relative].join('/')}`, bytes }
  }
  for (const entry of pageFolders(parent)) {
    consider([entry])
    for (const sub of pageFolders(path.join(parent, entry))) consider([entry, sub])
  }
  return best
}

/** Page types whose example is one instance among many of the same shape, so a large dataset has heavier ones. */
const HAS_SIBLINGS = new Set(['procedure', 'document', 'article', 'procedures-filtered', 'news-category', 'iso-process', 'agency-page'])

/**
 * Every page type in both languages. With `clientDir` (the build's client folder), detail and filtered pages are the
 * heaviest of their kind in that build; without it, the demo seed's examples.
 */
export function benchPages(clientDir?: string): BenchPage[] {
  const pages: BenchPage[] = []
  for (const type of pageTypes) {
    let vi = type.path
    let chosen = 'example'
    if (clientDir && HAS_SIBLINGS.has(type.name)) {
      const heaviest = heaviestSibling(clientDir, type.path)
      if (heaviest) {
        vi = heaviest.path
        chosen = `heaviest, ${(heaviest.bytes / 1024).toFixed(0)} kB HTML`
      }
    }
    for (const locale of ['vi', 'en'] as const) pages.push({ name: type.name, locale, path: localized(vi, locale), chosen })
  }
  return pages
}
