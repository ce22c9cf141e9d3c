import { createLocalReq, type Payload } from 'payload'
import { SKIP_NOTIFY, sendPublishEvent } from '../../hooks/notifySite'
import type { Procedure } from '../../payload-types'
import { editState, importFingerprint } from './importFingerprint'
import { toData, type Resolvers } from './procedureData'
import { differingFields, isUnchanged } from './isUnchanged'
import { parseRecord } from './parseRecord'
import type { FilterKind } from './recordFilter'
import { legalDocumentIds, taxonomyBySlug, taxonomyLookup } from './resolveReferences'
import { selectRecords, type FilterReport, type FilteredOut, type Selection } from './selectRecords'
import { FATAL_KINDS, type ParsedProcedure, type Problem, type ProblemKind, type SkipReason } from './types'

/** What happened to one record (in a dry run: what would have). */
export type Outcome = 'created' | 'updated' | 'unchanged' | 'skipped'

/** A procedure an editor changed since its last import (or that no import recorded), and what the import did with it. */
export interface EditedProcedure {
  line: number
  code: string
  id: number
  /** `edited`: it no longer holds what the importer last wrote; `unknown`: no import recorded what it wrote. */
  state: 'edited' | 'unknown'
  /** Whether the source record changed since the last import too (null when unknown). */
  sourceChanged: boolean | null
  /** The imported fields whose stored value differs from the source's. */
  differs: string[]
  /** `kept` (the default), or `overwritten` with `--overwrite-edited`. */
  action: 'kept' | 'overwritten'
}

/** A problem as the report lists it: which line and procedure it belongs to. */
export interface ReportedProblem extends Problem {
  line: number
  code: string | null
  fatal: boolean
}

/** The result of an import run; the CLI writes it as the JSON report. */
export interface ImportResult {
  /** True when nothing was written: the counts say what an import would do. */
  dryRun: boolean
  total: number
  counts: Record<Outcome, number>
  /** The skipped records by reason; they add up to `counts.skipped`. */
  skippedByReason: Record<SkipReason, number>
  /** The filters given, each value with the records it matched. */
  filters: FilterReport[]
  /** Records the filters left out, by the kind of filter they failed (a record failing two counts under both), and each of them. */
  filteredOut: { byFilter: Partial<Record<FilterKind, number>>; records: FilteredOut[] }
  /** `--codes` values the file does not have. */
  codesNotFound: string[]
  /** Procedures changed by an editor since their last import, kept or overwritten. */
  edited: EditedProcedure[]
  /** In a dry run, the fields and agencies the import would create (names new to the CMS). */
  newTaxonomy?: { fields: string[]; agencies: string[] }
  problemsByKind: Partial<Record<ProblemKind, number>>
  problems: ReportedProblem[]
  legalBasis: { references: number; linked: number }
  /** Whether a `{ full: true }` publish event was sent (only when something changed); delivery failures are only logged. */
  publishEventAttempted: boolean
  elapsedMs: number
}

/** Options of `importProcedures`. */
export interface ImportOptions {
  log?: (line: string) => void
  /** Records per progress line and per batched lookup of existing procedures. */
  batchSize?: number
  /**
   * Records written at once (default 1). Records with the same code always go one after the other, so a repeated
   * code is created then updated, as with one at a time; the benchmark dataset uses a few to wait less on PostgreSQL.
   */
  concurrency?: number
  /** Compare and report only: nothing is written to the database and the site is not told. */
  dryRun?: boolean
  /** Overwrite procedures an editor changed since their last import (by default they are kept and reported). */
  overwriteEdited?: boolean
}

const context = { [SKIP_NOTIFY]: true }

/** Keeps the template files editors attached to dossier rows whose name the new data still has. */
function keepForms(dossier: ParsedProcedure['dossier'], existing: Procedure['dossier']) {
  const forms = new Map((existing ?? []).filter((row) => row.form).map((row) => [row.name, row.form]))
  return dossier.map((row) => (forms.has(row.name) ? { ...row, form: forms.get(row.name) } : row))
}

/** The lane of a code: a small stable hash, so equal codes share a lane. */
function laneOf(code: string, lanes: number): number {
  let hash = 0
  for (let i = 0; i < code.length; i++) hash = (hash * 31 + code.charCodeAt(i)) >>> 0
  return hash % lanes
}

/** What one record came to: an outcome, or kept back because an editor changed the procedure. */
type WriteOutcome = Exclude<Outcome, 'skipped'> | 'edited'

/** What `writeRecord` needs besides the record. */
interface WriteContext {
  existing: Map<string, Procedure>
  resolve: Resolvers
  result: ImportResult
  dryRun: boolean
  overwriteEdited: boolean
}

/**
 * Creates, updates or leaves one procedure, comparing it with what is stored; leaves it too when an editor changed it
 * since its last import, unless told to overwrite.
 */
async function writeRecord(payload: Payload, line: number, parsed: ParsedProcedure, { existing, resolve, result, dryRun, overwriteEdited }: WriteContext): Promise<WriteOutcome> {
  const data = await toData(parsed, resolve, result.legalBasis)
  const fingerprint = importFingerprint({ ...data, _status: 'published' })
  const current = existing.get(parsed.code)
  const write = async (doc: () => Promise<Procedure>) => {
    // A dry run keeps what it would have written, so a code repeated further down compares with it.
    existing.set(parsed.code, dryRun ? ({ ...current, ...data, _status: 'published', importFingerprint: fingerprint } as Procedure) : await doc())
  }
  if (!current) {
    await write(() => payload.create({ collection: 'procedures', data: { ...data, onlineLevel: null, importFingerprint: fingerprint, _status: 'published' }, context, depth: 0 }))
    return 'created'
  }
  if (current._status === 'published' && isUnchanged(current, data)) return 'unchanged'
  const state = editState(current)
  if (state !== 'as-imported') {
    const differs = differingFields(current, data)
    if (current._status !== 'published') differs.push('_status')
    const sourceChanged = current.importFingerprint ? current.importFingerprint !== fingerprint : null
    result.edited.push({ line, code: parsed.code, id: current.id, state, sourceChanged, differs, action: overwriteEdited ? 'overwritten' : 'kept' })
    if (!overwriteEdited) return 'edited'
  }
  const dossier = keepForms(parsed.dossier, current.dossier)
  await write(() => payload.update({ collection: 'procedures', id: current.id, data: { ...data, dossier, importFingerprint: fingerprint, _status: 'published' }, context, depth: 0 }))
  return 'updated'
}

/**
 * Imports procedure records in the national portal's JSONL format: keeps those the filters match, upserts each by
 * code, publishes it, and reports every record it skipped, with why, and every part it could not parse.
 *
 * @remarks Writes pass `context.skipNotify`, so the site is not told 2,642 times; one `{ full: true }` event goes
 * out at the end when something changed (a site that is down rebuilds on its next start anyway). A record whose
 * data equals what is stored is not written, which makes a second run change nothing. A procedure an editor changed
 * since its last import is left as the editor made it, and listed, unless `overwriteEdited` (`editState`). Each
 * record is written in its own transaction: an invalid one is reported and skipped, and never stops the others.
 * `input` is the file's lines, or a `selectRecords` selection of them (the CLI checks its filters before it starts
 * Payload). A dry run reads the database as an import would and writes nothing, new fields and agencies included.
 */
export async function importProcedures(payload: Payload, input: string[] | Selection, options: ImportOptions = {}): Promise<ImportResult> {
  const log = options.log ?? (() => {})
  const batchSize = options.batchSize ?? 100
  const concurrency = Math.max(1, options.concurrency ?? 1)
  const dryRun = options.dryRun ?? false
  const started = Date.now()
  const selection = Array.isArray(input) ? selectRecords(input) : input
  const byFilter: Partial<Record<FilterKind, number>> = {}
  for (const { filters } of selection.filteredOut) for (const kind of filters) byFilter[kind] = (byFilter[kind] ?? 0) + 1
  const result: ImportResult = {
    dryRun,
    total: selection.total,
    counts: { created: 0, updated: 0, unchanged: 0, skipped: 0 },
    skippedByReason: { 'filtered-out': selection.filteredOut.length, unparseable: 0, edited: 0, 'write-failed': 0 },
    filters: selection.filters,
    filteredOut: { byFilter, records: selection.filteredOut },
    codesNotFound: selection.codesNotFound,
    edited: [],
    problemsByKind: {},
    problems: [],
    legalBasis: { references: 0, linked: 0 },
    publishEventAttempted: false,
    elapsedMs: 0,
  }
  result.counts.skipped = selection.filteredOut.length
  const skip = (reason: SkipReason) => {
    result.counts.skipped++
    result.skippedByReason[reason]++
  }
  const report = (line: number, code: string | null, problems: Problem[]) => {
    for (const problem of problems) {
      result.problems.push({ line, code, fatal: FATAL_KINDS.has(problem.kind), ...problem })
      result.problemsByKind[problem.kind] = (result.problemsByKind[problem.kind] ?? 0) + 1
    }
  }
  for (const { line, detail } of selection.unreadable) {
    report(line, null, [{ kind: 'invalid-json', detail }])
    skip('unparseable')
  }
  const newTaxonomy = { fields: [] as string[], agencies: [] as string[] }
  const resolve: Resolvers = dryRun
    ? {
        field: taxonomyLookup(payload, 'fields', (name) => newTaxonomy.fields.push(name)),
        agency: taxonomyLookup(payload, 'agencies', (name) => newTaxonomy.agencies.push(name)),
        legalIds: await legalDocumentIds(payload),
      }
    : {
        field: taxonomyBySlug(payload, 'fields', context),
        agency: taxonomyBySlug(payload, 'agencies', context),
        legalIds: await legalDocumentIds(payload),
      }
  if (dryRun) result.newTaxonomy = newTaxonomy
  const records = selection.selected
  const filtered = selection.filters.length > 0 ? ` (${records.length} qua bộ lọc / pass the filters)` : ''
  log(`import${dryRun ? ' (chạy thử, dry run)' : ''}: ${selection.total} bản ghi (records)${filtered}, ${resolve.legalIds.size} văn bản có sẵn để liên kết (legal documents to link)`)

  for (let offset = 0; offset < records.length; offset += batchSize) {
    const batch = records.slice(offset, offset + batchSize).map(({ text, line }) => ({ line, ...parseRecord(JSON.parse(text)) }))
    const codes = batch.flatMap(({ data }) => (data ? [data.code] : []))
    const { docs } = await payload.find({ collection: 'procedures', where: { code: { in: codes } }, draft: true, depth: 0, pagination: false })
    const existing = new Map<string, Procedure>(docs.map((doc) => [doc.code, doc]))
    const writing: WriteContext = { existing, resolve, result, dryRun, overwriteEdited: options.overwriteEdited ?? false }
    const writeOne = async ({ line, data: parsed, problems }: (typeof batch)[number]) => {
      report(line, parsed?.code ?? null, problems)
      if (!parsed) return skip('unparseable')
      try {
        const outcome = await writeRecord(payload, line, parsed, writing)
        if (outcome === 'edited') skip('edited')
        else result.counts[outcome]++
      } catch (err) {
        const details = (err as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
        report(line, parsed.code, [{ kind: 'write-failed', detail: details?.map((e) => `${e.path}: ${e.message}`).join('; ') || (err as Error).message }])
        skip('write-failed')
      }
    }
    // Lanes by code: each lane writes in file order, lanes run side by side.
    const lanes: (typeof batch)[] = Array.from({ length: concurrency }, () => [])
    for (const record of batch) lanes[laneOf(record.data?.code ?? String(record.line), concurrency)]!.push(record)
    await Promise.all(lanes.map(async (lane) => {
      for (const record of lane) await writeOne(record)
    }))
    const done = Math.min(offset + batchSize, records.length)
    const seconds = (Date.now() - started) / 1000
    const { created, updated, unchanged, skipped } = result.counts
    const writes = dryRun ? `sẽ tạo ${created}, sẽ cập nhật ${updated}` : `mới ${created}, cập nhật ${updated}`
    log(`import [${done}/${records.length}] ${(done / seconds).toFixed(1)} bản ghi/s — ${writes}, không đổi ${unchanged}, bỏ qua ${skipped}`)
  }

  if (!dryRun && result.counts.created + result.counts.updated > 0) {
    await sendPublishEvent(await createLocalReq({}, payload), { full: true })
    result.publishEventAttempted = true
  }
  // Lanes finish out of file order; the report reads top to bottom.
  result.problems.sort((a, b) => a.line - b.line)
  result.edited.sort((a, b) => a.line - b.line)
  result.elapsedMs = Date.now() - started
  return result
}
