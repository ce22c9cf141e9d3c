import { createLocalReq, type Payload } from 'payload'
import { SKIP_NOTIFY, sendPublishEvent } from '../../hooks/notifySite'
import { documentNumberKey } from '../../lib/parseDocumentNumbers'
import type { Procedure } from '../../payload-types'
import { isUnchanged } from './isUnchanged'
import { parseRecord } from './parseRecord'
import { legalDocumentIds, taxonomyBySlug } from './resolveReferences'
import { FATAL_KINDS, type ParsedProcedure, type Problem, type ProblemKind } from './types'

/** What happened to one record. */
export type Outcome = 'created' | 'updated' | 'unchanged' | 'skipped'

/** A problem as the report lists it: which line and procedure it belongs to. */
export interface ReportedProblem extends Problem {
  line: number
  code: string | null
  fatal: boolean
}

/** The result of an import run; the CLI writes it as the JSON report. */
export interface ImportResult {
  total: number
  counts: Record<Outcome, number>
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
}

const context = { [SKIP_NOTIFY]: true }

type Resolvers = {
  field: (name: string) => Promise<number>
  agency: (name: string) => Promise<number>
  legalIds: Map<string, number>
}

/** Turns a parsed record into the collection's data, resolving names to ids. */
async function toData(parsed: ParsedProcedure, resolve: Resolvers, stats: ImportResult['legalBasis']) {
  const linked = new Set<number>()
  for (const { number } of parsed.legalBasis) {
    if (!number) continue
    stats.references++
    const id = resolve.legalIds.get(documentNumberKey(number))
    if (id !== undefined) {
      stats.linked++
      linked.add(id)
    }
  }
  const implementing: number[] = []
  for (const name of parsed.implementingAgencyNames) {
    const id = await resolve.agency(name)
    if (!implementing.includes(id)) implementing.push(id)
  }
  return {
    code: parsed.code,
    name: parsed.name,
    field: await resolve.field(parsed.fieldName),
    levels: parsed.levels,
    procedureType: parsed.procedureType,
    implementingAgencies: implementing,
    decidingAgency: parsed.decidingAgencyName ? await resolve.agency(parsed.decidingAgencyName) : null,
    subjects: parsed.subjects,
    publishingDecision: parsed.publishingDecision,
    sourceUrl: parsed.sourceUrl,
    methods: parsed.methods,
    dossier: parsed.dossier,
    steps: parsed.steps,
    requirements: parsed.requirements,
    result: parsed.result,
    legalBasis: [...linked],
    legalBasisText: parsed.legalBasisText,
  }
}

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

/** Creates, updates or leaves one procedure, comparing it with what is stored. */
async function writeRecord(
  payload: Payload,
  parsed: ParsedProcedure,
  existing: Map<string, Procedure>,
  resolve: Resolvers,
  stats: ImportResult['legalBasis'],
): Promise<Outcome> {
  const data = await toData(parsed, resolve, stats)
  const current = existing.get(parsed.code)
  if (!current) {
    existing.set(parsed.code, await payload.create({ collection: 'procedures', data: { ...data, onlineLevel: null, _status: 'published' }, context, depth: 0 }))
    return 'created'
  }
  if (current._status === 'published' && isUnchanged(current, data)) return 'unchanged'
  const dossier = keepForms(parsed.dossier, current.dossier)
  existing.set(parsed.code, await payload.update({ collection: 'procedures', id: current.id, data: { ...data, dossier, _status: 'published' }, context, depth: 0 }))
  return 'updated'
}

/**
 * Imports procedure records in the national portal's JSONL format: upserts each by code, publishes it, and reports
 * every record or part it could not parse.
 *
 * @remarks Writes pass `context.skipNotify`, so the site is not told 2,642 times; one `{ full: true }` event goes
 * out at the end when something changed (a site that is down rebuilds on its next start anyway). A record whose
 * data equals what is stored is not written, which makes a second run change nothing. Each record is written in its
 * own transaction: an invalid one is reported and skipped, and never stops the others.
 */
export async function importProcedures(payload: Payload, lines: string[], options: ImportOptions = {}): Promise<ImportResult> {
  const log = options.log ?? (() => {})
  const batchSize = options.batchSize ?? 100
  const concurrency = Math.max(1, options.concurrency ?? 1)
  const started = Date.now()
  const result: ImportResult = {
    total: 0,
    counts: { created: 0, updated: 0, unchanged: 0, skipped: 0 },
    problemsByKind: {},
    problems: [],
    legalBasis: { references: 0, linked: 0 },
    publishEventAttempted: false,
    elapsedMs: 0,
  }
  const report = (line: number, code: string | null, problems: Problem[]) => {
    for (const problem of problems) {
      result.problems.push({ line, code, fatal: FATAL_KINDS.has(problem.kind), ...problem })
      result.problemsByKind[problem.kind] = (result.problemsByKind[problem.kind] ?? 0) + 1
    }
  }
  const resolve: Resolvers = {
    field: taxonomyBySlug(payload, 'fields', context),
    agency: taxonomyBySlug(payload, 'agencies', context),
    legalIds: await legalDocumentIds(payload),
  }
  const records = lines.map((text, i) => ({ text, line: i + 1 })).filter(({ text }) => text.trim())
  result.total = records.length
  log(`import: ${records.length} bản ghi (records), ${resolve.legalIds.size} văn bản có sẵn để liên kết (legal documents to link)`)

  for (let offset = 0; offset < records.length; offset += batchSize) {
    const batch = records.slice(offset, offset + batchSize).map(({ text, line }) => {
      try {
        return { line, ...parseRecord(JSON.parse(text)) }
      } catch (err) {
        return { line, data: null, problems: [{ kind: 'invalid-json' as const, detail: (err as Error).message }] }
      }
    })
    const codes = batch.flatMap(({ data }) => (data ? [data.code] : []))
    const { docs } = await payload.find({ collection: 'procedures', where: { code: { in: codes } }, draft: true, depth: 0, pagination: false })
    const existing = new Map<string, Procedure>(docs.map((doc) => [doc.code, doc]))
    const writeOne = async ({ line, data: parsed, problems }: (typeof batch)[number]) => {
      report(line, parsed?.code ?? null, problems)
      if (!parsed) {
        result.counts.skipped++
        return
      }
      try {
        result.counts[await writeRecord(payload, parsed, existing, resolve, result.legalBasis)]++
      } catch (err) {
        const details = (err as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
        report(line, parsed.code, [{ kind: 'write-failed', detail: details?.map((e) => `${e.path}: ${e.message}`).join('; ') || (err as Error).message }])
        result.counts.skipped++
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
    log(`import [${done}/${records.length}] ${(done / seconds).toFixed(1)} bản ghi/s — mới ${created}, cập nhật ${updated}, không đổi ${unchanged}, bỏ qua ${skipped}`)
  }

  if (result.counts.created + result.counts.updated > 0) {
    await sendPublishEvent(await createLocalReq({}, payload), { full: true })
    result.publishEventAttempted = true
  }
  // Lanes finish out of file order; the report reads top to bottom.
  result.problems.sort((a, b) => a.line - b.line)
  result.elapsedMs = Date.now() - started
  return result
}
