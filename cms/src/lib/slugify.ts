/**
 * Turns Vietnamese text into a URL slug: `15/2020/QĐ-UBND` → `15-2020-qd-ubnd`.
 *
 * @remarks đ is not a combining mark, so it is mapped by hand after NFD strips the tone marks.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
}
