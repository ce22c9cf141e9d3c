import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatReport, runEval } from './runEval'
import { writeEvalFolders } from './writeEvalFolders'

describe('runEval', () => {
  let folders: Awaited<ReturnType<typeof writeEvalFolders>>
  beforeAll(async () => {
    folders = await writeEvalFolders()
  })
  afterAll(async () => {
    await rm(folders.root, { recursive: true, force: true })
  })

  it('scores every variant side by side and the questions citing an indexed document', async () => {
    const report = await runEval({ data: folders.data, cited: folders.cited })
    expect(report.data).toMatchObject({ articles: 3, queries: 2 })
    expect(report.data.variants.map((variant) => variant.name)).toEqual([
      'engine',
      'engine, marks stripped',
      'baseline',
      'baseline, marks stripped',
      'engine, laws as on site',
    ])
    expect(report.data.variants[0]).toMatchObject({ queries: 2, recall: 1, hit: 1, mrr: 1 })
    expect(report.cited).toMatchObject({ total: 2, kept: 1 })
    expect(report.cited?.documents[0]).toMatchObject({ queries: 1, hit: 1 })
    expect(report.cited?.articles[0]).toMatchObject({ queries: 1, hit: 1, mrr: 1 })
  })

  it('prints one line per variant with its figures and whether it meets its target', async () => {
    const lines = formatReport(await runEval({ data: folders.data }))
    expect(lines[0]).toBe('retrieval: 3 articles, 2 queries')
    expect(lines).toHaveLength(6)
    expect(lines[1]).toMatch(
      /^ {2}engine +recall@10 1\.000 {2}hit@10 1\.000 {2}MRR@10 1\.000 .*target 0\.92\/0\.8: met$/,
    )
  })

  it('names the folder and the missing files when the data is absent', async () => {
    const missing = join(folders.root, 'nowhere')
    await expect(runEval({ data: missing }, 'Pass --data.')).rejects.toThrow(
      `Evaluation data missing in ${missing}: corpus_articles.jsonl, queries.jsonl, qrels.jsonl.\nPass --data.`,
    )
  })
})
