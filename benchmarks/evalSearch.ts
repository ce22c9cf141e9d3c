/**
 * `npm run eval:search [-- --data <folder>] [-- --cited <folder>]`: scores search relevance on judged queries.
 * Defaults to the shared data beside the repository: `<repo>/../shared/data/alqac2023-legal-retrieval` and
 * `zalo2021-legal-queries`.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { formatReport, runEval } from './eval/runEval'

const repoRoot = resolve(import.meta.dirname, '..')
const sharedData = resolve(repoRoot, '../shared/data')
const { values } = parseArgs({ options: { data: { type: 'string' }, cited: { type: 'string' } } })
const data = resolve(values.data ?? resolve(sharedData, 'alqac2023-legal-retrieval'))
// Questions citing documents by number only make sense against the shared corpus, unless a folder is named.
const cited = values.cited ?? (values.data === undefined ? resolve(sharedData, 'zalo2021-legal-queries') : undefined)
const hint =
  values.data === undefined
    ? `The shared data folder is expected beside the repository, at ${sharedData}; or pass --data <folder>.`
    : 'A folder to score holds corpus_articles.jsonl, queries.jsonl and qrels.jsonl (see alqac2023-legal-retrieval).'

try {
  const report = await runEval({ data, cited: cited && resolve(cited) }, hint)
  for (const line of formatReport(report)) console.log(line)
} catch (error) {
  console.error(`eval:search: ${(error as Error).message}`)
  process.exit(1)
}
