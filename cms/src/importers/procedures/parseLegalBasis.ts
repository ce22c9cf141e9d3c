import { documentNumberKey, findDocumentNumbers } from '../../lib/parseDocumentNumbers'
import type { LegalBasisEntry, Problem } from './types'

const HEADER = 'Tên văn bản pháp lýMã văn bản'
const NO_INFO = 'Không có thông tin'

const clean = (text: string) => text.replace(/\s+/g, ' ').replace(/^[\s:;,.-]+|[\s:;,]+$/g, '')

/**
 * Reads the portal's flattened legal-basis table ("Tên văn bản pháp lý | Mã văn bản") into name + number entries.
 *
 * @remarks A row is a name followed by its number, and the next row's name follows at once. A number ends a row
 * when what follows is glued on (`…05/2012/NĐ-CPLuật…`), starts a new capitalised phrase, or ends the text; a number
 * glued to "ngày …" / "của …" or followed by punctuation is part of a name. A number repeated straight after itself
 * (`Nghị định 05/2012/NĐ-CP05/2012/NĐ-CP`) is a name that ends in its own number.
 */
export function parseLegalBasis(text: string, problems: Problem[]): LegalBasisEntry[] {
  const body = (text.startsWith(HEADER) ? text.slice(HEADER.length) : text).trim()
  if (!body || body.startsWith(NO_INFO)) {
    problems.push({ kind: 'legal-basis-missing', detail: body || '(trống)' })
    return []
  }
  const numbers = findDocumentNumbers(body)
  const entries: LegalBasisEntry[] = []
  let from = 0
  numbers.forEach((found, i) => {
    const next = numbers[i + 1]
    const after = body.slice(found.end)
    const repeated = next && next.start === found.end && documentNumberKey(next.number) === documentNumberKey(found.number)
    const endsRow = !repeated && (after === '' || /^[\p{L}\p{N}]/u.test(after) ? !/^(ngày|của)\s/u.test(after) : /^\s+\p{Lu}/u.test(after))
    if (!endsRow) return
    const name = clean(body.slice(from, found.start))
    entries.push({ name: name || found.number, number: found.number })
    from = found.end
  })
  const rest = clean(body.slice(from))
  if (rest) {
    entries.push({ name: rest, number: null })
    problems.push({ kind: 'legal-basis-without-number', detail: rest.slice(0, 200) })
  }
  return entries
}

/** Writes legal-basis entries one per line, name then number, for the free-text field. */
export function legalBasisLines(entries: LegalBasisEntry[]): string | null {
  const lines = entries.map(({ name, number }) => {
    if (!number || documentNumberKey(name).endsWith(documentNumberKey(number))) return name
    return `${name} — ${number}`
  })
  return lines.length > 0 ? lines.join('\n') : null
}
