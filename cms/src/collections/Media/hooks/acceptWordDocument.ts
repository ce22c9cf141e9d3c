import { APIError, type CollectionBeforeOperationHook } from 'payload'

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le')

/** The type Payload's check gives every OLE compound file (Word 97–2003, but also Excel 97–2003 and installers). */
export const OLE_MIME_TYPE = 'application/x-cfb'

/**
 * `beforeOperation` of media: an OLE compound file is taken only when it is a Word 97–2003 document (a `.doc` sent as
 * `application/msword`, with a `WordDocument` stream); any other is refused with a message in Vietnamese.
 *
 * @remarks Payload checks the type it detects in the bytes against the collection's `mimeTypes`, and its detector
 * names every OLE file `application/x-cfb`, so a real `.doc` was refused as "Invalid MIME type" until that type was
 * listed. Listing it lets every OLE file through Payload's check; this hook narrows it back to Word documents.
 */
export const acceptWordDocument: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file?.data?.subarray(0, 8).equals(OLE_MAGIC)) return args
  const named = /\.doc$/i.test(file.name) && file.mimetype === 'application/msword'
  if (!named || !file.data.includes(WORD_STREAM)) {
    throw new APIError('Tệp này không phải văn bản Word 97–2003 (.doc): chỉ nhận ảnh, PDF, DOC, DOCX.', 400, null, true)
  }
  return args
}
