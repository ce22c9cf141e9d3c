/** The parts of a Lighthouse result this benchmark reads. */
export interface LighthouseWeightAudits {
  audits: Record<string, { numericValue?: number; details?: unknown } | undefined>
}

/** What a page cost to load: every byte transferred, the JavaScript among them, and the number of requests. */
export interface PageWeight {
  totalBytes: number
  scriptBytes: number
  requests: number
}

interface SummaryItem {
  resourceType?: string
  transferSize?: number
  requestCount?: number
}

/**
 * Reads a page's weight from a Lighthouse result: `total-byte-weight` and the `resource-summary` rows.
 *
 * @remarks Both count bytes on the wire (after compression), which is what the page-weight budget is about.
 */
export function pageWeight(lhr: LighthouseWeightAudits): PageWeight {
  const items = ((lhr.audits['resource-summary']?.details as { items?: SummaryItem[] } | undefined)?.items ?? [])
  const row = (type: string) => items.find((item) => item.resourceType === type)
  return {
    totalBytes: lhr.audits['total-byte-weight']?.numericValue ?? row('total')?.transferSize ?? 0,
    scriptBytes: row('script')?.transferSize ?? 0,
    requests: row('total')?.requestCount ?? 0,
  }
}

/**
 * Bytes of JavaScript written into a page's HTML (`<script>` without `src`, JSON-LD and other data blocks excluded).
 *
 * @remarks Astro inlines small scripts, which Lighthouse counts as HTML; the JavaScript budget counts them as script.
 */
export function inlineScriptBytes(html: string): number {
  let bytes = 0
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? ''
    if (/\bsrc=/i.test(attributes)) continue
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase()
    if (type && type !== 'module' && type !== 'text/javascript') continue
    bytes += Buffer.byteLength(match[2] ?? '')
  }
  return bytes
}
