import type { Payload } from 'payload'
import { cmsConfig } from '../config'
import { SKIP_NOTIFY } from '../hooks/notifySite'
import { paragraphsToLexical } from '../lib/paragraphsToLexical'
import { parseFee } from '../lib/parseFee'
import { parseProcessingTime } from '../lib/parseProcessingTime'
import { legalDocuments } from './data/legalDocuments'
import { news } from './data/news'
import { pages } from './data/pages'
import { processingReports } from './data/processingReports'
import { procedures } from './data/procedures'
import { qualityProcesses } from './data/qualityProcesses'
import { siteSettings } from './data/siteSettings'
import { findOrCreate, taxonomy } from './findOrCreate'
import { ensureServiceAccounts } from './serviceAccounts'
import type { SeedProcedure } from './types'

type Log = (line: string) => void

export { ensureServiceAccounts } from './serviceAccounts'

/** True when the demo admin exists, i.e. a previous seed finished. */
export async function isSeeded(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: cmsConfig.ADMIN_EMAIL } } })
  return totalDocs > 0
}

/**
 * Writes the demo content of a provincial Department of Foreign Affairs (Sở Ngoại vụ) into an empty CMS.
 *
 * @remarks Each record is skipped when its unique key already exists and the admin account is written last,
 * so a seed interrupted half-way is completed by the next run instead of duplicated or abandoned.
 */
export async function seed(payload: Payload, log: Log = () => {}): Promise<void> {
  const context = { [SKIP_NOTIFY]: true }
  const field = taxonomy(payload, 'fields', context)
  const agency = taxonomy(payload, 'agencies', context)
  const category = taxonomy(payload, 'news-categories', context)
  const total = qualityProcesses.length + legalDocuments.length + procedures.length + processingReports.length + news.length + pages.length
  let done = 0
  const progress = (what: string) => log(`seed [${++done}/${total}] ${what}`)

  const processIds = new Map<string, number>()
  for (const p of qualityProcesses) {
    processIds.set(p.code, await findOrCreate(payload, 'quality-processes', { code: { equals: p.code } }, () => ({ ...p, _status: 'published' }), context))
    progress(`quy trình ${p.code}`)
  }

  const legalIds = new Map<string, number>()
  for (const doc of legalDocuments) {
    const { published, body, field: fieldName, amends, replaces, guides, basedOn, validityHistory, en, ...fields } = doc
    const data = { ...fields, field: await field(fieldName), body: paragraphsToLexical(body), _status: published ? 'published' : 'draft' }
    const id = await findOrCreate(payload, 'legal-documents', { number: { equals: doc.number } }, () => data, context)
    if (en) await payload.update({ collection: 'legal-documents', id, locale: 'en', data: en, context })
    legalIds.set(doc.number, id)
    progress(`văn bản ${doc.number}`)
  }
  const ref = (number: string) => {
    const id = legalIds.get(number)
    if (id === undefined) throw new Error(`seed: unknown legal document ${number}`)
    return id
  }
  for (const doc of legalDocuments) {
    const relations = { amends: doc.amends, replaces: doc.replaces, guides: doc.guides, basedOn: doc.basedOn }
    const history = doc.validityHistory?.map((h) => ({ ...h, sourceDocument: h.sourceDocument ? ref(h.sourceDocument) : undefined }))
    const data = { ...Object.fromEntries(Object.entries(relations).map(([k, v]) => [k, (v ?? []).map(ref)])), validityHistory: history ?? [] }
    await payload.update({ collection: 'legal-documents', id: ref(doc.number), data, context, draft: !doc.published })
  }

  const procedureIds = new Map<string, number>()
  for (const proc of procedures) {
    const data = {
      ...procedureData(proc),
      field: await field(proc.field),
      implementingAgencies: [await agency(proc.agency)],
      legalBasis: proc.legalBasis.map(ref),
      qualityProcess: proc.qualityProcess ? processIds.get(proc.qualityProcess) : undefined,
      _status: 'published',
    }
    const id = await findOrCreate(payload, 'procedures', { code: { equals: proc.code } }, () => data, context)
    procedureIds.set(proc.code, id)
    if (proc.en) await payload.update({ collection: 'procedures', id, locale: 'en', data: proc.en, context })
    progress(`thủ tục ${proc.code}`)
  }

  for (const { code, ...report } of processingReports) {
    const procedure = procedureIds.get(code)
    if (procedure === undefined) throw new Error(`seed: unknown procedure ${code}`)
    await findOrCreate(payload, 'processing-reports', { period: { equals: report.period }, procedure: { equals: procedure } }, () => ({ ...report, procedure }), context)
    progress(`thống kê ${report.period} ${code}`)
  }

  for (const item of news) {
    const { body, category: categoryName, ...rest } = item
    const data = { ...rest, body: paragraphsToLexical(body), category: categoryName ? await category(categoryName) : undefined, _status: 'published' }
    await findOrCreate(payload, 'news', { slug: { equals: item.slug } }, () => data, context)
    progress(`tin ${item.slug}`)
  }

  const pageIds = new Map<string, number>()
  for (const page of pages) {
    const data = { ...page, parent: page.parent ? pageIds.get(page.parent) : undefined, body: paragraphsToLexical(page.body), _status: 'published' }
    pageIds.set(page.slug, await findOrCreate(payload, 'pages', { slug: { equals: page.slug } }, () => data, context))
    progress(`trang ${page.slug}`)
  }

  const unknownField = siteSettings.ownFields.find((name) => !procedures.some((proc) => proc.field === name))
  if (unknownField) throw new Error(`seed: own field ${unknownField} is no procedure's field`)
  const ownFields = await Promise.all(siteSettings.ownFields.map((name) => field(name)))
  await payload.updateGlobal({ slug: 'site-settings', data: { ...siteSettings, ownFields }, context })
  await ensureServiceAccounts(payload)
  log(`seed: ${legalDocuments.length} văn bản, ${procedures.length} thủ tục, ${news.length} tin, ${pages.length} trang, ${qualityProcesses.length} quy trình ISO, ${processingReports.length} báo cáo thống kê; tài khoản ${cmsConfig.ADMIN_EMAIL}`)
}

/** The seed's flat procedure text, turned into the collection's structured methods and dossier. */
function procedureData(proc: SeedProcedure) {
  const time = parseProcessingTime(proc.processingTime)
  const fee = parseFee(proc.fee)
  const channels = proc.onlineLevel === 'khong' ? ['truc-tiep', 'buu-chinh'] : ['truc-tiep', 'truc-tuyen', 'buu-chinh']
  return {
    code: proc.code,
    name: proc.name,
    levels: [proc.level],
    onlineLevel: proc.onlineLevel,
    subjects: proc.subjects,
    requirements: proc.requirements,
    result: proc.result,
    applyUrl: proc.applyUrl,
    publishingDecision: proc.publishingDecision,
    steps: proc.steps.map((text) => ({ text })),
    dossier: proc.dossier.map((name) => ({ name, originals: 1 })),
    methods: channels.map((channel) => ({
      channel,
      processingTime: time?.value,
      processingTimeUnit: time?.unit,
      feeAmount: fee ?? undefined,
      feeText: proc.fee,
    })),
  }
}
