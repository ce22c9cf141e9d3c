/** Test data for tests outside this package (the benchmarks' own): the small index records the engine tests share. */
export { fixtures } from './fixtures'
