import { documentNumberKey } from '../../lib/parseDocumentNumbers'
import type { ParsedProcedure } from './types'

/** The values the importer writes into a procedure (its fingerprint covers exactly these). */
export type ImportedData = Awaited<ReturnType<typeof toData>>

export type Resolvers = {
  field: (name: string) => Promise<number>
  agency: (name: string) => Promise<number>
  legalIds: Map<string, number>
}

/** Turns a parsed record into the collection's data, resolving names to ids. */
export async function toData(parsed: ParsedProcedure, resolve: Resolvers, stats: { references: number; linked: number }) {
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
