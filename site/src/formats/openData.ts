import { siteConfig } from '../config'
import { labels } from '../i18n/labels'
import { nameOf, type LegalDocument, type Procedure, type QualityProcess } from '../published/cms'
import { content } from '../published/content'
import { derived } from '../published/derived'
import { processesWithProcedures, processSlug, totalHours } from '../published/qualityProcessPages'
import { isUntranslated } from '../published/translation'
import { textStream } from './textStream'

const absolute = (path: string) => new URL(path, siteConfig.SITE_URL).href
const vi = labels('vi')
const day = (iso?: string | null) => iso?.slice(0, 10) ?? null

const numbersOf = (list: unknown): string[] =>
  (Array.isArray(list) ? list : []).flatMap((d) => (typeof d === 'object' && d !== null && 'number' in d ? [(d as LegalDocument).number] : []))

/** English names of the documents that have one, by id. */
async function englishNames<T extends { id: number }>(docs: Promise<T[]>, key: keyof T & string): Promise<Map<number, string>> {
  return new Map((await docs).filter((d) => !isUntranslated(d, key)).map((d) => [d.id, String(d[key])]))
}

/** Every published procedure as a flat record for the open-data downloads, with its English name when there is one. */
export async function procedureRecords() {
  const [procedures, names] = await Promise.all([content('vi').procedures(), englishNames(content('en').procedures(), 'name')])
  // A record is made from its document and the English name, kept with the document on the site server.
  return procedures.map((p: Procedure) => derived(p, `open-data:${names.get(p.id) ?? ''}`, () => ({
    code: p.code,
    name: p.name,
    nameEn: names.get(p.id) ?? null,
    field: nameOf(p.field) ?? null,
    levels: (p.levels ?? []).map((l) => vi.level[l]),
    onlineLevel: vi.online[p.onlineLevel ?? 'khong'],
    agencies: (p.implementingAgencies ?? []).map(nameOf).filter((n): n is string => Boolean(n)),
    subjects: p.subjects ?? null,
    processingTime: p.methods?.[0]?.processingTime != null ? `${p.methods[0].processingTime} ${vi.timeUnit[p.methods[0].processingTimeUnit ?? 'ngay-lam-viec']}` : null,
    fee: p.methods?.[0]?.feeText ?? null,
    applyUrl: p.applyUrl ?? null,
    legalBasis: numbersOf(p.legalBasis),
    url: absolute(`/thu-tuc/${p.code}`),
    updatedAt: p.updatedAt,
  })))
}

/** Every published legal document as a flat record for the open-data downloads, with its English title when there is one. */
export async function documentRecords() {
  const [docs, titles] = await Promise.all([content('vi').legalDocuments(), englishNames(content('en').legalDocuments(), 'title')])
  return docs.map((d: LegalDocument) => derived(d, `open-data:${titles.get(d.id) ?? ''}`, () => ({
    number: d.number,
    title: d.title,
    titleEn: titles.get(d.id) ?? null,
    documentType: vi.documentType[d.documentType],
    issuer: d.issuer,
    signerTitle: d.signerTitle ?? null,
    signer: d.signer ?? null,
    issuedDate: day(d.issuedDate),
    effectiveDate: day(d.effectiveDate),
    expiryDate: day(d.expiryDate),
    validity: vi.validity[d.validity],
    field: nameOf(d.field) ?? null,
    summary: d.summary ?? null,
    amends: numbersOf(d.amends),
    replaces: numbersOf(d.replaces),
    guides: numbersOf(d.guides),
    basedOn: numbersOf(d.basedOn),
    url: absolute(`/van-ban/${d.slug}`),
    updatedAt: d.updatedAt,
  })))
}

/**
 * A process step as one line, numbered: `2. Thẩm định hồ sơ — Phòng Lãnh sự — 4 ngày làm việc`.
 *
 * @remarks Numbered because a CSV cell joins the steps with `; `, which a step's own text may hold
 * (`Công chức phát hiện; Bộ phận Một cửa`): a new step starts where `; ` is followed by its number.
 */
function stepLine(step: NonNullable<QualityProcess['steps']>[number], index: number): string {
  const time = step.timeBudget != null ? `${step.timeBudget} ${vi.timeUnit[step.timeUnit ?? 'ngay-lam-viec']}` : null
  return `${index + 1}. ${[step.name, step.responsible, time].filter(Boolean).join(' — ')}`
}

/**
 * Every published ISO 9001 process as a flat record for the open-data downloads, with its English name when there is
 * one and the codes of the published procedures it governs.
 *
 * @remarks The procedures are part of the record's kind for `derived`: they change when a procedure is published,
 * while the process object stays the same.
 */
export async function qualityProcessRecords() {
  const [items, names] = await Promise.all([processesWithProcedures('vi'), englishNames(content('en').qualityProcesses(), 'name')])
  return items.map(({ process: q, procedures }) => {
    const codes = procedures.map((p) => p.code)
    return derived(q, `open-data:${names.get(q.id) ?? ''}:${codes.join(';')}`, () => ({
      code: q.code,
      name: q.name,
      nameEn: names.get(q.id) ?? null,
      owner: q.owner ?? null,
      purpose: q.purpose ?? null,
      steps: (q.steps ?? []).map(stepLine),
      totalWorkingHours: totalHours(q.steps),
      procedures: codes,
      url: absolute(`/quy-trinh-iso/${processSlug(q.code)}`),
      updatedAt: q.updatedAt,
    }))
  })
}

/**
 * A JSON download: the records with where they come from and when they were generated, as
 * `JSON.stringify(body, null, 1)` writes it.
 *
 * @remarks Written record by record, so a record kept by `derived` (the site server's publishes) keeps its text too.
 */
export function jsonDownload(name: string, records: object[]): Response {
  const head = { source: siteConfig.SITE_URL, dataset: name, generatedAt: new Date().toISOString(), count: records.length }
  // A record is an item of the `records` array, two levels in: each of its lines is indented two more spaces.
  const item = (record: object) => derived(record, 'json', () => `  ${JSON.stringify(record, null, 1).replace(/\n/g, '\n  ')}`)
  function* parts(): Generator<string> {
    yield `${JSON.stringify(head, null, 1).slice(0, -2)},\n "records": `
    if (records.length === 0) yield '[]'
    for (const [i, record] of records.entries()) yield `${i === 0 ? '[\n' : ',\n'}${item(record)}`
    if (records.length > 0) yield '\n ]'
    yield '\n}\n'
  }
  // Written as it is answered (`textStream`): the legal documents' JSON is some 90 MB at 100,000 documents.
  return new Response(textStream(parts()), { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
