/** A file type the extraction reads, or what else the bytes are. */
export type FileKind = 'pdf' | 'docx' | 'doc' | 'zip' | 'unknown'

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])

/**
 * What a file really is, from its first bytes: PDF (`%PDF-` in the first kilobyte, as readers accept), DOCX (a ZIP
 * whose entries include `word/document.xml`), DOC (an OLE compound file), another ZIP, or unknown.
 *
 * @remarks The entry name is looked for in the ZIP's bytes rather than by unzipping: sniffing must cost nothing, and
 * the bounded unzip comes later, only for files that claim to be DOCX.
 */
export function sniffType(data: Buffer): FileKind {
  if (data.subarray(0, 1024).includes('%PDF-')) return 'pdf'
  if (data.subarray(0, 8).equals(OLE_MAGIC)) return 'doc'
  if (data.length >= 4 && data.readUInt32LE(0) === 0x04034b50) return data.includes('word/document.xml') ? 'docx' : 'zip'
  return 'unknown'
}

const MIME_KINDS: Record<string, FileKind> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/msword': 'doc',
}

/** The type a file claims by its MIME type, or else by its extension; `undefined` when it claims none we read. */
export function declaredKind(filename: string, declaredMimeType?: string): FileKind | undefined {
  const byMime = declaredMimeType ? MIME_KINDS[declaredMimeType.toLowerCase().split(';')[0]!.trim()] : undefined
  if (byMime) return byMime
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase()
  return extension === 'pdf' || extension === 'docx' || extension === 'doc' ? extension : undefined
}
