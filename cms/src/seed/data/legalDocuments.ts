import type { SeedLegalDocument } from '../types'
import { nationalDocuments } from './nationalDocuments'
import { provincialDocuments } from './provincialDocuments'

/**
 * Every demo legal document: national ones the procedures rest on, then the province's own (illustrative).
 *
 * @remarks `amends`, `replaces`, `guides`, `basedOn` and `validityHistory.sourceDocument` name documents of this list;
 * expired or partly expired documents carry a `validityHistory`.
 */
export const legalDocuments: SeedLegalDocument[] = [...nationalDocuments, ...provincialDocuments]
