import { fold } from '@congkhai/search/vietnamese'

/**
 * Turns Vietnamese text into a URL segment: `15/2020/QĐ-UBND` → `15-2020-qd-ubnd`, `Ủy ban nhân dân tỉnh` →
 * `uy-ban-nhan-dan-tinh`; at most `maxLength` characters when given.
 *
 * @remarks Folds with search's Vietnamese rules (`fold`: lower case, marks removed, `đ` to `d`), so a slug and a
 * search key agree on what a letter is; then every run of other characters becomes one dash. The CMS's stored slugs
 * are cut at 120 characters (`SLUG_MAX_LENGTH`), and so are the site's filter segments made from text (a legal
 * document's issuer), which become folder names of the build.
 */
export function slugify(text: string, { maxLength }: { maxLength?: number } = {}): string {
  const slug = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return maxLength === undefined ? slug : slug.slice(0, maxLength)
}

/** The longest slug the CMS stores. */
export const SLUG_MAX_LENGTH = 120
