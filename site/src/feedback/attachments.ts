import type { Locale } from '../i18n/locale'

/** The kinds of file a citizen may attach, by what their first bytes say, with the names they may carry. */
export const ATTACHMENT_TYPES = {
  'application/pdf': { extensions: ['pdf'], signature: [[0x25, 0x50, 0x44, 0x46, 0x2d]] },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], signature: [[0xff, 0xd8, 0xff]] },
  'image/png': { extensions: ['png'], signature: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
} as const

export type AttachmentType = keyof typeof ATTACHMENT_TYPES

/** What the file input accepts, for the browser's file picker (a hint only: the server checks the bytes). */
export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png'

/** How many files, and how large, a submission may carry. */
export interface AttachmentLimits {
  maxFiles: number
  maxFileBytes: number
  maxTotalBytes: number
}

/** A file as received: the name the browser sent, its size, its first 16 and last 1,024 bytes (or all of them). */
export interface ReceivedFile {
  name: string
  size: number
  head: Uint8Array
  tail: Uint8Array
}

/** How much of a file's end `checkAttachments` reads. */
export const TAIL_BYTES = 1024

/** A file that passed every check, with the type its bytes prove and a name safe to store and show. */
export type CheckedFile<F extends ReceivedFile> = F & { safeName: string; type: AttachmentType }

/** Outcome of checking a submission's files: the message is for the `attachments` field; 413 when too large. */
export type AttachmentCheck<F extends ReceivedFile> = { ok: true; files: CheckedFile<F>[] } | { ok: false; status: 400 | 413; message: string }

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes)

/**
 * The type a file's bytes prove it to be, among the accepted ones; null for anything else.
 *
 * @remarks Beyond the signature: a PNG's first chunk must be its header (`IHDR`), and a PDF must end with its
 * cross-reference and `%%EOF` within the last 1,024 bytes, the rule the CMS applies again when it stores the file.
 */
export function detectFileType(head: Uint8Array, tail: Uint8Array = head): AttachmentType | null {
  for (const [type, { signature }] of Object.entries(ATTACHMENT_TYPES) as [AttachmentType, (typeof ATTACHMENT_TYPES)[AttachmentType]][]) {
    if (!signature.some((magic) => magic.length <= head.length && magic.every((b, i) => head[i] === b))) continue
    if (type === 'image/png' && latin1(head.subarray(12, 16)) !== 'IHDR') return null
    if (type === 'application/pdf') {
      const end = latin1(tail.subarray(-TAIL_BYTES))
      if (!end.includes('%%EOF') || !end.includes('xref')) return null
    }
    return type
  }
  return null
}

const extensionOf = (name: string) => /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1]?.toLowerCase() ?? ''

/**
 * A file name fit to store and show: the last path segment, without control, direction-override (`gnp.exe` shown as
 * `exe.png`), markup or path characters, at most 100 characters, keeping its extension; `tep-dinh-kem.<ext>` when
 * nothing usable is left.
 */
export function safeFileName(name: string, type: AttachmentType): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\u0000-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .trim()
  const ext = extensionOf(base) || ATTACHMENT_TYPES[type].extensions[0]
  const stem = base.replace(/\.[A-Za-z0-9]{1,10}$/, '').slice(0, 90).trim()
  return `${stem || 'tep-dinh-kem'}.${ext}`
}

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10}`.replace('.', ',')

/** The messages of `checkAttachments`, also used by the form's script. */
export const attachmentMessages = {
  vi: {
    tooMany: (n: number) => `Chỉ được đính kèm tối đa ${n} tệp.`,
    tooBig: (name: string, max: number) => `Tệp “${name}” lớn hơn ${mb(max)} MB; vui lòng chọn tệp nhỏ hơn.`,
    tooBigTotal: (max: number) => `Tổng dung lượng tệp đính kèm vượt quá ${mb(max)} MB.`,
    empty: (name: string) => `Tệp “${name}” rỗng; vui lòng chọn lại.`,
    type: (name: string) => `Tệp “${name}” không phải PDF, JPG hoặc PNG thật; chỉ nhận các loại tệp này.`,
  },
  en: {
    tooMany: (n: number) => `You can attach at most ${n} files.`,
    tooBig: (name: string, max: number) => `“${name}” is larger than ${mb(max).replace(',', '.')} MB; choose a smaller file.`,
    tooBigTotal: (max: number) => `The attachments together are larger than ${mb(max).replace(',', '.')} MB.`,
    empty: (name: string) => `“${name}” is empty; choose it again.`,
    type: (name: string) => `“${name}” is not a real PDF, JPG or PNG file; only these are accepted.`,
  },
} satisfies Record<Locale, Record<string, (...args: never[]) => string>>

/**
 * Checks a submission's files: count, size of each and in total, and that each is a PDF, JPEG or PNG by its first
 * bytes, with an extension that says the same.
 *
 * @remarks Neither the extension nor the type the browser declares is trusted on its own: a renamed executable
 * (`hoso.pdf`) fails the signature check, and a PNG named `.pdf` fails the extension check. Size problems answer 413,
 * every other one 400.
 */
export function checkAttachments<F extends ReceivedFile>(received: F[], limits: AttachmentLimits, locale: Locale = 'vi'): AttachmentCheck<F> {
  const m = attachmentMessages[locale]
  if (received.length > limits.maxFiles) return { ok: false, status: 413, message: m.tooMany(limits.maxFiles) }
  let total = 0
  const files: CheckedFile<F>[] = []
  for (const file of received) {
    const shown = file.name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001F\u007F]/g, '').slice(0, 100) || '?'
    if (file.size > limits.maxFileBytes) return { ok: false, status: 413, message: m.tooBig(shown, limits.maxFileBytes) }
    total += file.size
    if (total > limits.maxTotalBytes) return { ok: false, status: 413, message: m.tooBigTotal(limits.maxTotalBytes) }
    if (file.size === 0) return { ok: false, status: 400, message: m.empty(shown) }
    const type = detectFileType(file.head, file.tail)
    if (!type || !(ATTACHMENT_TYPES[type].extensions as readonly string[]).includes(extensionOf(file.name))) {
      return { ok: false, status: 400, message: m.type(shown) }
    }
    files.push({ ...file, safeName: safeFileName(file.name, type), type })
  }
  return { ok: true, files }
}
