export { seededRandom } from './seededRandom'
export { planDataset, type DatasetPlan, type PlannedLegalDocument, type PlannedNews, type PlanOptions } from './planDataset'
export { writeDataset, type WriteOptions, type WriteResult } from './writeDataset'
