/**
 * Demo administrative procedures (thủ tục hành chính) of a provincial
 * Department of Foreign Affairs (Sở Ngoại vụ).
 *
 * Procedure names, steps and dossiers follow the way provinces publish these
 * procedures; codes are in the national portal's format but illustrative, not
 * looked up on the portal. None of them is used by a record of
 * `shared/data/tthc-dichvucong-bo-nganh/procedures.jsonl`, so importing that
 * file never overwrites a seeded procedure. Every `legalBasis` entry is a
 * number from legalDocuments.ts; every `qualityProcess` is a code from
 * qualityProcesses.ts whose time budgets add up to `processingTime`; all of
 * them are published by Quyết định 742/QĐ-UBND, whose text lists them.
 * The procedure for officials travelling abroad deliberately still cites the
 * expired Nghị định 136/2007/NĐ-CP, to demonstrate the legal-basis warning.
 */
import type { SeedProcedure } from '../types'
import { consularProcedures } from './consularProcedures'
import { cooperationProcedures } from './cooperationProcedures'
import { exchangeProcedures } from './exchangeProcedures'

export const procedures: SeedProcedure[] = [...exchangeProcedures, ...consularProcedures, ...cooperationProcedures]
