export { benchDocuments, generatedLegalDocuments, procedureDocument, seededRandom } from './benchDocuments'
export { benchRequests, percentile, type BenchKind, type BenchRequest } from './benchRequests'
