/**
 * Real procedures of the national portal's export (`../shared/data/tthc-dichvucong-bo-nganh`, beside the repository)
 * with the longest texts the site puts in tables, found by length, and their import into the e2e stack.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseRecord } from '@congkhai/cms/importers/procedures/parse'
import { e2eEnv } from '../playwright.config'
import { formatFee } from '@congkhai/site/format'

const repoRoot = path.resolve(import.meta.dirname, '..')

/** The national portal's procedures; absent from a checkout without the shared data. */
export const NATIONAL_PROCEDURES = path.resolve(repoRoot, '../shared/data/tthc-dichvucong-bo-nganh/procedures.jsonl')

/** What a record was picked for: the longest text of its kind in the whole file. */
export type LongestKind =
  | 'dossier row'
  | 'dossier word'
  | 'dossier rows'
  | 'dossier quantity'
  | 'fee'
  | 'legal basis'
  | 'legal basis entry'
  | 'document number'
  | 'procedure name'
  | 'field name'
  | 'implementing agencies'
  | 'subjects'

/** The record holding the longest text of one kind, with that text and its length (characters, or rows). */
export interface LongestText {
  kind: LongestKind
  code: string
  length: number
  text: string
}

const longestWord = (text: string) => text.split(/\s+/).reduce((longest, word) => (word.length > longest.length ? word : longest), '')

/**
 * The records with the longest text of each kind the procedure, legal-document and statistics pages show in table
 * cells, read as the importer reads them (`parseRecord`), one record a kind (the first of equals).
 *
 * @remarks "dossier word" is the longest run without a space (file names the portal ran together); "dossier rows"
 * counts rows; "fee" is what the fee cell shows (the amount when the importer found one, otherwise the text). "legal basis entry" and "document number" are what the site shows of a legal document (its title, its
 * number): the export has no legal documents of its own.
 */
export function longestTexts(file = NATIONAL_PROCEDURES): LongestText[] {
  const best = new Map<LongestKind, LongestText>()
  const consider = (kind: LongestKind, code: string, text: string, length = text.length) => {
    const current = best.get(kind)
    if (!current || length > current.length) best.set(kind, { kind, code, length, text })
  }
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const { data } = parseRecord(JSON.parse(line))
    if (!data) continue
    for (const row of data.dossier) {
      const text = [row.name, row.case && `(${row.case})`].filter(Boolean).join(' ')
      consider('dossier row', data.code, text)
      consider('dossier word', data.code, longestWord(text))
      consider('dossier quantity', data.code, [row.originals && `${row.originals} bản chính`, row.copies && `${row.copies} bản sao`].filter(Boolean).join(', '))
    }
    consider('dossier rows', data.code, data.dossier.map((row) => row.name).join('\n'), data.dossier.length)
    for (const method of data.methods) consider('fee', data.code, formatFee(method.feeAmount, method.feeText))
    consider('legal basis', data.code, data.legalBasisText ?? '')
    for (const entry of data.legalBasis) {
      consider('legal basis entry', data.code, entry.name)
      if (entry.number) consider('document number', data.code, entry.number)
    }
    consider('procedure name', data.code, data.name)
    consider('field name', data.code, data.fieldName)
    consider('implementing agencies', data.code, data.implementingAgencyNames.join('; '))
    consider('subjects', data.code, data.subjects ?? '')
  }
  return [...best.values()]
}

/**
 * Imports exactly these codes of the national file into the e2e stack, through `npm run import:procedures` with
 * `--codes`, as an operator would; the importer then asks the site for a full publish.
 *
 * @remarks The codes file and the import report are written into `folder` (a test's output folder).
 */
export async function importCodes(codes: string[], folder: string): Promise<void> {
  fs.mkdirSync(folder, { recursive: true })
  const codesFile = path.join(folder, 'codes.txt')
  fs.writeFileSync(codesFile, `# longest texts of the national dataset\n${codes.join('\n')}\n`)
  const args = ['--import', 'tsx', 'scripts/importProcedures.ts', NATIONAL_PROCEDURES, '--codes', codesFile, '--report', path.join(folder, 'import-report.json')]
  const output: string[] = []
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...e2eEnv }, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.on('error', reject)
    child.on('exit', resolve)
  })
  if (code !== 0) throw new Error(`import:procedures --codes ${codes.join(',')} exited with ${code}:\n${output.join('')}`)
}
