import { createHash } from 'node:crypto'
import type { SearchDocument, StoredDocument } from './SearchEngine'

/** The stored form of a record: the same record with its `body` replaced by {@link StoredDocument.bodyDigest}. */
export function storedForm(doc: SearchDocument | StoredDocument): StoredDocument {
  if (!('body' in doc)) return doc
  const { body, ...rest } = doc
  return body === undefined ? rest : { ...rest, bodyDigest: createHash('sha256').update(body).digest('base64') }
}
