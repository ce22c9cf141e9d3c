/**
 * National legal documents (QH, NĐ-CP, QĐ-TTg, TT-BNG, TT-BTC) the demo agency's procedures rest on: real published
 * documents, numbers, issuers, signers (with their positions at the time) and dates as best known. Their `body` is a
 * short paraphrase of selected provisions written for this demo, not the official text (the first paragraph says so on
 * the site).
 */
import type { SeedLegalDocument } from '../types'
import { decisionsAndCirculars } from './decisionsAndCirculars'
import { lawsAndDecrees } from './lawsAndDecrees'

export const nationalDocuments: SeedLegalDocument[] = [...lawsAndDecrees, ...decisionsAndCirculars]
