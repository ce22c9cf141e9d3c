export { formatStatsReport } from './formatStatsReport'
export { importStats, type RowProblem, type StatsImportOptions, type StatsImportResult } from './importStats'
