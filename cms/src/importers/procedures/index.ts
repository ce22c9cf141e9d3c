export { formatSummary } from './formatSummary'
export { importProcedures, type ImportOptions, type ImportResult, type ReportedProblem } from './importProcedures'
export { parseRecord } from './parseRecord'
export { PROBLEM_KINDS, type ParsedProcedure, type Problem, type ProblemKind } from './types'
