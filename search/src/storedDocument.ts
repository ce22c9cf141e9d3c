import { createHash } from 'node:crypto'
import type { SearchDocument } from './SearchEngine'

/**
 * A record as an engine gives it back ({@link SearchEngine.documents}): `body`, which only indexing reads, replaced by
 * a digest of it, so an index can be checked against the published content without keeping every text in memory.
 */
export type StoredDocument = Omit<SearchDocument, 'body'> & {
  /** SHA-256 of `body` (Base64), absent when the record had none. */
  bodyDigest?: string
}

/** The stored form of a record: the same record with its `body` replaced by {@link StoredDocument.bodyDigest}. */
export function storedForm(doc: SearchDocument | StoredDocument): StoredDocument {
  if (!('body' in doc)) return doc
  const { body, ...rest } = doc
  return body === undefined ? rest : { ...rest, bodyDigest: createHash('sha256').update(body).digest('base64') }
}
