export { FIGURES, figureLabel, type FigureName, type Figures } from './figures'
export {
  accountedFor,
  emptyTally,
  imbalance,
  onlineShare,
  onTimeRate,
  overdue,
  pending,
  received,
  resolutionRate,
  resolved,
  resolvedNotLate,
  rollUp,
  sum,
  tallyOf,
  toProcess,
} from './formulas'
export { parsePeriod, PERIOD_FORMAT, periodLabel, periodsOverlap, type ReportingPeriod } from './periods'
export { COLUMNS, REQUIRED_COLUMNS, templateCsv } from './template'
