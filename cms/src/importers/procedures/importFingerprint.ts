import { createHash } from 'node:crypto'
import type { Procedure } from '../../payload-types'
import type { ImportedData } from './procedureData'

// The fields the importer writes, and within its arrays the row fields it writes (not `id`, not the dossier's `form`,
// which editors attach and the importer keeps). `_status` too: the importer always publishes.
const ROWS = {
  methods: ['channel', 'processingTime', 'processingTimeUnit', 'feeAmount', 'feeText', 'description'],
  dossier: ['name', 'originals', 'copies', 'case'],
  steps: ['text'],
} as const satisfies { [K in 'methods' | 'dossier' | 'steps']: readonly (keyof ImportedData[K][number])[] }
const FIELDS = [
  'code',
  'name',
  'field',
  'levels',
  'procedureType',
  'implementingAgencies',
  'decidingAgency',
  'subjects',
  'publishingDecision',
  'sourceUrl',
  'methods',
  'dossier',
  'steps',
  'requirements',
  'result',
  'legalBasis',
  'legalBasisText',
] as const satisfies readonly (keyof ImportedData)[]

// A field the importer writes that is missing above fails the type check here, rather than escaping the fingerprint.
const everyField: Exclude<keyof ImportedData, (typeof FIELDS)[number]> extends never ? true : never = true
void everyField

/** Empty text, empty lists and missing values are one value; related documents are their ids. */
function canonical(value: unknown, rowKeys?: readonly string[]): unknown {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null
  if (Array.isArray(value)) return value.map((item) => canonical(item, rowKeys))
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    return rowKeys ? rowKeys.map((key) => canonical(record[key])) : (record.id ?? null)
  }
  return value
}

/**
 * A digest of the values a procedure holds in the fields the importer writes: stored with each import, it tells
 * later whether the procedure still holds what the importer last wrote.
 *
 * @remarks Computed the same way from the importer's data and from a stored document (read at depth 0 in the default
 * language, the one the importer writes), so the two agree whenever the values do. Fields the importer never writes
 * (the online-service level, the apply link, the ISO process, English translations, the dossier's template files) are
 * left out: editing them is not a conflict, since a re-import keeps them.
 */
export function importFingerprint(doc: Partial<Pick<Procedure, (typeof FIELDS)[number] | '_status'>> | ImportedData): string {
  const record = doc as Record<string, unknown>
  const values = [...FIELDS.map((key) => canonical(record[key], (ROWS as Record<string, readonly string[]>)[key])), record._status ?? null]
  return createHash('sha256').update(JSON.stringify(values)).digest('hex')
}

/**
 * Whether an editor has changed a stored procedure since the importer last wrote it: `as-imported` when it holds
 * what the importer wrote, `edited` when it holds something else, `unknown` when no import ever recorded a
 * fingerprint for it (written by hand, by the seed, or by the importer before it recorded fingerprints).
 *
 * @remarks The rule: the procedure's latest version (a pending draft included) is compared with the fingerprint the
 * importer stored in the same write as the values. Times would not do: `updatedAt` moves with every write, the
 * importer's own and those of hooks, and says nothing of what changed. The fingerprint field is out of editors' reach
 * (field access), so an editor's save keeps the importer's fingerprint and the values no longer match it; unpublishing
 * counts as a change, a new dossier template file does not. Restoring an older imported version counts as imported.
 */
export function editState(stored: Procedure): 'as-imported' | 'edited' | 'unknown' {
  if (!stored.importFingerprint) return 'unknown'
  return importFingerprint(stored) === stored.importFingerprint ? 'as-imported' : 'edited'
}
