import yauzl from 'yauzl'

/** Limits of the bounded unzip. */
export interface ZipLimits {
  /** Total inflated bytes of all entries, declared and actual. */
  maxTotalBytes: number
  /** Inflated bytes of the XML parts, which the reader parses in memory (pictures it never inflates). */
  maxXmlBytes: number
  /** Entries in the archive. */
  maxEntries: number
}

/**
 * 300 MB inflated in all, 40 MB of it XML: the `document.xml` of a 1,000-page text is about 10 MB, and pictures, which
 * make most of a large DOCX, are inflated here only to be counted.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 300 * 1024 * 1024, maxXmlBytes: 40 * 1024 * 1024, maxEntries: 5_000 }

/** What the bounded unzip found. */
export type ZipCheck =
  | { ok: true; entries: Map<string, Buffer> }
  | { ok: false; code: 'too-large' | 'corrupt'; detail: string }

/**
 * Inflates every entry of a ZIP with a budget, before any library that would inflate it whole sees it: fails
 * `too-large` as soon as the declared sizes or the bytes actually inflated pass the limit.
 *
 * @remarks Declared sizes are checked first (free), then the real inflated bytes are counted as they stream, because a
 * ZIP bomb can declare small sizes and inflate to gigabytes; yauzl also rejects an entry that inflates past its
 * declared size. Entries named in `keep` (small XML parts) are returned; the rest is inflated and dropped.
 */
export function checkZip(data: Buffer, keep: readonly string[] = [], limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipCheck> {
  return new Promise((resolve) => {
    let settled = false
    const finish = (result: ZipCheck, zip?: yauzl.ZipFile) => {
      if (settled) return
      settled = true
      zip?.close()
      resolve(result)
    }
    yauzl.fromBuffer(data, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error || !zip) return finish({ ok: false, code: 'corrupt', detail: String(error?.message) })
      if (zip.entryCount > limits.maxEntries) return finish({ ok: false, code: 'too-large', detail: `${zip.entryCount} entries` }, zip)
      let declared = 0
      let inflated = 0
      let declaredXml = 0
      let inflatedXml = 0
      const entries = new Map<string, Buffer>()
      zip.on('error', (e: Error) => finish({ ok: false, code: /too many bytes/i.test(e.message) ? 'too-large' : 'corrupt', detail: e.message }, zip))
      zip.on('end', () => finish({ ok: true, entries }, zip))
      zip.on('entry', (entry: yauzl.Entry) => {
        if (/\/$/.test(entry.fileName)) return zip.readEntry()
        const xml = /\.(xml|rels)$/i.test(entry.fileName)
        declared += entry.uncompressedSize
        if (xml) declaredXml += entry.uncompressedSize
        if (declared > limits.maxTotalBytes || declaredXml > limits.maxXmlBytes) {
          return finish({ ok: false, code: 'too-large', detail: `declared ${declared} bytes, ${declaredXml} of XML` }, zip)
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return finish({ ok: false, code: 'corrupt', detail: String(streamError?.message) }, zip)
          const chunks: Buffer[] = []
          const wanted = keep.includes(entry.fileName)
          stream.on('data', (chunk: Buffer) => {
            inflated += chunk.length
            if (xml) inflatedXml += chunk.length
            if (inflated > limits.maxTotalBytes || inflatedXml > limits.maxXmlBytes) {
              stream.destroy()
              return finish({ ok: false, code: 'too-large', detail: `inflated ${inflated} bytes, ${inflatedXml} of XML` }, zip)
            }
            if (wanted) chunks.push(chunk)
          })
          stream.on('error', (e: Error) => finish({ ok: false, code: /too many bytes/i.test(e.message) ? 'too-large' : 'corrupt', detail: e.message }, zip))
          stream.on('end', () => {
            if (wanted) entries.set(entry.fileName, Buffer.concat(chunks))
            if (!settled) zip.readEntry()
          })
        })
      })
      zip.readEntry()
    })
  })
}
