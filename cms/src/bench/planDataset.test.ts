import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { slugify } from '@congkhai/contracts/slugify'
import { describe, expect, it } from 'vitest'
import { documentNumberKey } from '../lib/parseDocumentNumbers'
import { planDataset } from './planDataset'

const dataFolder = resolve(import.meta.dirname, '../../../../shared/data')

// Each plan parses the 2,642 portal records: seconds on a busy machine, beyond vitest's default 5 s per test.
describe.runIf(existsSync(dataFolder))('planDataset', { timeout: 60_000 }, () => {
  it('plans exactly the requested number of documents, the same ones for the same seed', async () => {
    const a = await planDataset({ size: 1000, dataFolder })
    const b = await planDataset({ size: 1000, dataFolder })
    expect(a.legalDocuments.length + a.procedureLines.length + a.news.length).toBe(1000)
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
    const other = await planDataset({ size: 1000, dataFolder, seed: 9 })
    expect(other.legalDocuments.map((d) => d.number)).not.toEqual(a.legalDocuments.map((d) => d.number))
  })

  it('gives legal documents unique numbers and slugs, and links only to earlier documents', async () => {
    const plan = await planDataset({ size: 2000, dataFolder, existing: { legalNumbers: ['91/2015/QH13'] } })
    const numbers = plan.legalDocuments.map((d) => d.number)
    expect(new Set(numbers.map(documentNumberKey)).size).toBe(numbers.length)
    expect(new Set(numbers.map((n) => slugify(n))).size).toBe(numbers.length)
    expect(numbers).not.toContain('91/2015/QH13')
    plan.legalDocuments.forEach((doc, i) => {
      for (const target of [...doc.basedOn, ...doc.amends, ...doc.guides, ...doc.replaces]) expect(target).toBeLessThan(i)
    })
    expect(plan.legalDocuments.filter((d) => d.basedOn.length > 0).length).toBeGreaterThan(numbers.length / 2)
    expect(plan.legalDocuments.some((d) => d.documentType === 'luat' && d.paragraphs.length > 100)).toBe(true)
  })

  it('includes the documents the chosen procedures cite, under their real numbers, and leaves out existing procedures', async () => {
    const plan = await planDataset({ size: 1000, dataFolder, existing: { procedureCodes: ['1.000178'] } })
    const codes = plan.procedureLines.map((line) => (JSON.parse(line) as { ma_thu_tuc: string }).ma_thu_tuc)
    expect(codes).not.toContain('1.000178')
    const cited = plan.procedureLines.flatMap((line) => [...line.matchAll(/\d+\/\d{4}\/NĐ-CP/g)].map((m) => m[0]))
    const numbers = new Set(plan.legalDocuments.map((d) => d.number))
    expect(cited.filter((n) => numbers.has(n)).length).toBeGreaterThan(0)
  })

  it('refuses a size it cannot plan', async () => {
    await expect(planDataset({ size: 5, dataFolder })).rejects.toThrow(/size/)
  })
})
