import { FilterError } from './FilterError'

// A portal code: letters, digits and dots or dashes between them (`1.000178`, `2.002345.000.00.00.H12`).
const CODE = /^[\p{L}\p{N}]+(?:[.-][\p{L}\p{N}]+)*$/u

/**
 * Reads the procedure codes of a `--codes` file: one code a line; `#` starts a comment, blank lines are skipped.
 *
 * @remarks A line holding anything else than one code (a name after it, two codes) is an error with its line number,
 * rather than a code that silently matches nothing.
 */
export function parseCodeList(text: string, file: string): string[] {
  const codes: string[] = []
  const problems: string[] = []
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      const value = line.replace(/#.*/, '').normalize('NFC').trim()
      if (!value) return
      if (CODE.test(value)) codes.push(value)
      else problems.push(`  dòng ${i + 1}: "${value.slice(0, 80)}" không phải một mã thủ tục (line ${i + 1} is not one procedure code)`)
    })
  if (problems.length > 0) {
    throw new FilterError([`import: --codes ${file}: mỗi dòng một mã thủ tục, chú thích sau dấu # (one code a line, comments after #)`, ...problems])
  }
  if (codes.length === 0) throw new FilterError([`import: --codes ${file}: tệp không có mã thủ tục nào (the file holds no procedure code)`])
  return [...new Set(codes)]
}
