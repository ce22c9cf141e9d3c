import type { ParsedDossierRow, Problem } from './types'

const HEADER = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng'
// Counts are one digit, or two with a leading zero: `20251 bản chính` is a name ending in 2025 and one original.
const COUNT = /(?:(?<!\d)0(\d)|(\d)) bản chính(?:,\s*0?(\d) bản sao)?|(?:(?<!\d)0(\d)|(\d)) bản sao/g
const FORM_FILE = /^(.*[;.:)])\s*(\p{L}[^;.:()]{0,80}\.(?:docx?|pdf|xlsx?))$/isu
const FILE_AT_END = /\.(?:docx?|pdf|xlsx?)$/i

const clean = (text: string) => text.replace(/[ \t\u00a0]+/g, ' ').trim()

/** Turns the text before a header ("* Giấy tờ phải nộp:", "--") into a case label, or null when there is none. */
function caseLabel(text: string): string | null {
  const label = clean(text.replace(/^[-–*+•\s]+/, '').replace(/[:\s]+$/, ''))
  return label || null
}

/** A dossier row's name, with a template file name the scraper glued on moved into brackets where it can be told apart. */
function rowName(text: string, forms: string[]): string {
  const name = clean(text)
  if (!FILE_AT_END.test(name)) return name
  const split = FORM_FILE.exec(name)
  forms.push(split ? split[2] : name.slice(-40))
  return split ? `${split[1].trim()} (Mẫu: ${split[2].trim()})` : name
}

/** Reads the rows of one table: name then count, repeated; returns the text after the last count. */
function readRows(part: string, kase: string | null, rows: ParsedDossierRow[], forms: string[]): string {
  let from = 0
  for (const match of part.matchAll(COUNT)) {
    const name = rowName(part.slice(from, match.index), forms)
    from = (match.index ?? 0) + match[0].length
    if (!name) continue
    const originals = match[1] ?? match[2]
    const copies = match[3] ?? match[4] ?? match[5]
    rows.push({ name, originals: originals === undefined ? null : Number(originals), copies: copies === undefined ? null : Number(copies), case: kase })
  }
  return part.slice(from)
}

/**
 * Reads the portal's flattened "Thành phần hồ sơ" tables into dossier rows (name, originals, copies, case).
 *
 * @remarks Each table starts with the header "Tên giấy tờ…Số lượng"; the text just before a header names the case
 * the table applies to ("* Giấy tờ phải nộp:", "Trường hợp ủy quyền…"). Each row ends with its count
 * ("1 bản chính,1 bản sao"). Text that fits nowhere becomes a row of its own and is reported.
 */
export function parseDossier(text: string, problems: Problem[]): ParsedDossierRow[] {
  const rows: ParsedDossierRow[] = []
  const forms: string[] = []
  const trimmed = text.trim()
  if (!trimmed || trimmed === '--') {
    problems.push({ kind: 'dossier-empty', detail: trimmed || '(trống)' })
    return rows
  }
  const parts = trimmed.split(HEADER)
  const tables = parts.length > 1 ? parts.slice(1) : parts
  let heading = parts.length > 1 ? parts[0] : ''
  tables.forEach((part, i) => {
    const before = rows.length
    const rest = readRows(part, caseLabel(heading), rows, forms)
    if (i < tables.length - 1) heading = rest
    else if (clean(rest)) {
      const unstructured = rows.length === before && parts.length === 1
      rows.push({ name: clean(rest), originals: null, copies: null, case: caseLabel(heading) })
      problems.push({ kind: unstructured ? 'dossier-unstructured' : 'dossier-row-without-count', detail: clean(rest).slice(0, 200) })
    }
  })
  if (forms.length > 0) problems.push({ kind: 'dossier-form-not-attached', detail: forms.join('; ') })
  return rows
}
