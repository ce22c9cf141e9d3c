import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api'

/** One page's text as lines, with where each line sits (for telling headers and footers from the body). */
export interface PageLines {
  lines: string[]
}

/**
 * Turns a page's text items into lines (items on one baseline joined, a space where a gap shows one) and paragraphs (a
 * blank line where the gap between two lines is well over the usual line spacing).
 *
 * @remarks pdf.js gives items in content-stream order, which for Word, Chromium and most PDF writers is reading order;
 * lines are cut on a change of baseline rather than on `hasEOL` alone, which some writers never set.
 */
export function pageLines(content: TextContent): string[] {
  const items = content.items.filter((item): item is TextItem => 'str' in item)
  const rows: { y: number; height: number; text: string; right: number }[] = []
  for (const item of items) {
    const x = item.transform[4] as number
    const y = item.transform[5] as number
    const height = Math.abs(item.height || (item.transform[3] as number) || 10)
    const row = rows.at(-1)
    if (row && Math.abs(row.y - y) < Math.max(2, height * 0.4)) {
      if (item.str && row.text && !/\s$/.test(row.text) && !/^\s/.test(item.str) && x - row.right > height * 0.15) row.text += ' '
      row.text += item.str
      row.right = x + item.width
    } else if (item.str.trim() || item.hasEOL) {
      if (!item.str.trim()) continue
      rows.push({ y, height, text: item.str, right: x + item.width })
    }
  }
  const gaps = rows.slice(1).map((row, i) => Math.abs(rows[i]!.y - row.y)).filter((g) => g > 0)
  const usual = median(gaps) ?? 14
  const lines: string[] = []
  rows.forEach((row, i) => {
    const text = row.text.replace(/[ \t\u00a0]+/g, ' ').trim()
    if (!text) return
    if (i > 0 && Math.abs(rows[i - 1]!.y - row.y) > usual * 1.2 && lines.length > 0) lines.push('')
    lines.push(text)
  })
  return lines
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:trang\s+|page\s+)?\d{1,4}(?:\s*(?:\/|của|of)\s*\d{1,4})?(?:\s*[-–—])?$/iu

/**
 * Drops page numbers and running headers/footers: a line at the top or bottom of a page that is only a page number,
 * or that (digits aside) recurs at the same end of at least half of the pages (three at least); never a heading.
 */
export function dropRunningLines(pages: string[][]): string[][] {
  const key = (line: string) => line.replace(/\d+/g, '#').toLowerCase()
  const count = new Map<string, number>()
  for (const lines of pages) {
    const content = lines.filter(Boolean)
    for (const line of new Set([...content.slice(0, 2), ...content.slice(-2)].map(key))) count.set(line, (count.get(line) ?? 0) + 1)
  }
  // A heading that looks alike on every page once its number is masked ("Điều #. …") is never a running line.
  const running = (line: string) => !/^(Điều|Chương|Mục|Phần)\s+[\dIVXLC]/u.test(line) && pages.length >= 3 && (count.get(key(line)) ?? 0) >= Math.max(3, pages.length / 2)
  return pages.map((lines) => {
    const out = [...lines]
    for (const end of ['start', 'end'] as const) {
      for (let n = 0; n < 2; n++) {
        const index = end === 'start' ? out.findIndex(Boolean) : out.findLastIndex(Boolean)
        if (index === -1) break
        const line = out[index]!
        if (PAGE_NUMBER.test(line) || running(line)) out.splice(index, 1)
        else break
      }
    }
    while (out[0] === '') out.shift()
    while (out.at(-1) === '') out.pop()
    return out
  })
}
