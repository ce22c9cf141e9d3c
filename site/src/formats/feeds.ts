import { derived } from '../published/derived'
import { textStream } from './textStream'

/** One entry of an Atom feed. */
export interface FeedEntry {
  /** Absolute URL of the entry's page, also its id. */
  url: string
  title: string
  updated: string
  published?: string
  summary?: string | null
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** An Atom 1.0 document (RFC 4287) listing `entries`, newest first as given. */
export function atomFeed(feed: { title: string; url: string; self: string; author: string; lang: string; entries: FeedEntry[] }): string {
  const updated = feed.entries.map((e) => e.updated).sort().at(-1) ?? new Date(0).toISOString()
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${escape(e.url)}</id>`,
      `    <title>${escape(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escape(e.url)}"/>`,
      `    <updated>${new Date(e.updated).toISOString()}</updated>`,
      e.published ? `    <published>${new Date(e.published).toISOString()}</published>` : '',
      e.summary ? `    <summary>${escape(e.summary)}</summary>` : '',
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n'),
  )
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">`,
    `  <id>${escape(feed.url)}</id>`,
    `  <title>${escape(feed.title)}</title>`,
    `  <link rel="alternate" type="text/html" href="${escape(feed.url)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(feed.self)}"/>`,
    `  <updated>${new Date(updated).toISOString()}</updated>`,
    `  <author><name>${escape(feed.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}

/** A CSV document (RFC 4180) with a byte-order mark, so spreadsheet programs read Vietnamese text as UTF-8. */
export function csv(rows: Record<string, unknown>[]): string {
  return [...csvParts(rows)].join('')
}

/** {@link csv}'s text in parts, a line each, for a download answered as it is written (`textStream`). */
export function* csvParts(rows: Record<string, unknown>[]): Generator<string> {
  yield '\uFEFF'
  if (rows.length === 0) return
  const columns = Object.keys(rows[0])
  const cell = (value: unknown) => {
    const text = Array.isArray(value) ? value.join('; ') : value == null ? '' : String(value)
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  // A row kept by `derived` (the site server's publishes) keeps its line too.
  const header = columns.join(',')
  const line = (row: Record<string, unknown>) => derived(row, `csv:${header}`, () => columns.map((c) => cell(row[c])).join(','))
  yield `${header}\r\n`
  for (const row of rows) yield `${line(row)}\r\n`
}

/** A CSV download of `rows`, written as it is answered. */
export function csvDownload(rows: Record<string, unknown>[]): Response {
  return new Response(textStream(csvParts(rows)), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
}
