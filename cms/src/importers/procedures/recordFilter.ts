import { slugify } from '@congkhai/contracts/slugify'
import type { Procedure } from '../../payload-types'
import { FilterError } from './FilterError'
import { agencyNames, LEVELS, sourceText } from './parseRecord'

/** The kinds of filter, in the order the summary and the report list them. */
export const FILTER_KINDS = ['codes', 'agency', 'field', 'level'] as const

/** A kind of filter: `--codes`, `--agency`, `--field`, `--level`. */
export type FilterKind = (typeof FILTER_KINDS)[number]

/**
 * The filters of an import, each kind with its values as given on the command line (`codes` as read from the files).
 * A record is kept when it matches every kind given (AND), and one value or more of each (OR).
 */
export type FilterOptions = Partial<Record<FilterKind, string[]>>

type Level = Procedure['levels'][number]

/** Every level value the collection knows, in the order lists show them. */
export const LEVEL_VALUES: readonly Level[] = ['bo', 'tinh', 'huyen', 'xa', 'khac']

/** What the filters read of a source record, as the record writes it. */
export interface RecordFacts {
  code: string
  /**
   * The deciding (`co_quan_co_tham_quyen`) and implementing (`co_quan_thuc_hien`) agencies, one name each; none from
   * a cell holding page text instead of names, as the import links none from it either.
   */
  agencies: string[]
  field: string
  levels: Level[]
}

/** One value of a filter, compiled: the values of a record it matches (agency names, the field…), none if it does not. */
export interface CompiledValue {
  kind: FilterKind
  value: string
  match(facts: RecordFacts): string[]
}

/** Reads the facts the filters look at from a source record, as `parseRecord` reads them. */
export function recordFacts(raw: Record<string, unknown>): RecordFacts {
  const agencies = ['co_quan_co_tham_quyen', 'co_quan_thuc_hien'].flatMap((key) => agencyNames(sourceText(raw, key)) ?? [])
  const levels = sourceText(raw, 'cap_thuc_hien')
    .split(/\s*,\s*/)
    .flatMap((piece) => LEVELS[piece.toLowerCase()] ?? [])
  return {
    code: sourceText(raw, 'ma_thu_tuc'),
    agencies: [...new Set(agencies)],
    field: sourceText(raw, 'linh_vuc').replace(/\s+/g, ' '),
    levels: [...new Set(levels)],
  }
}

/** A level as typed: `tinh`, `tỉnh`, `Cấp tỉnh`, `cap-tinh`, `Cơ quan khác` → its value; null when it is none. */
export function levelOf(value: string): Level | null {
  const slug = slugify(value).replace(/^cap-/, '')
  const level = slug === 'co-quan-khac' ? 'khac' : slug
  return (LEVEL_VALUES as readonly string[]).includes(level) ? (level as Level) : null
}

/** `-words-of-the-name-`: whole words of a name, folded, so a substring test matches whole words only. */
function wordsOf(name: string): string {
  return `-${slugify(name)}-`
}

/**
 * Compiles the filter values, or throws a `FilterError` listing every value that cannot be a filter.
 *
 * @remarks How each kind matches, all after Vietnamese folding (case, tone and vowel marks, `đ`):
 * - `agency`: the value's words appear, whole and in order, in one of the record's agency names (deciding or
 *   implementing). `Bộ Tài chính` matches `Bộ Tài chính` and `Cục Hải quan - Bộ tài chính`, not `Sở Tài chính`;
 *   `Hải quan` matches `Chi cục Hải quan khu vực`; `Hải qua` matches nothing. Whole words rather than any substring,
 *   so a short value cannot catch names by a piece of a word; the summary lists the names each value matched.
 * - `field`: the whole field name (`Hải quan`), or its slug (`hai-quan`), nothing less: field names nest
 *   (`Thuế` and `Thuế xuất nhập khẩu`), and a field is picked from the list the error shows.
 * - `level`: a level value (`bo`, `tinh`, `huyen`, `xa`, `khac`) or its name (`Cấp tỉnh`).
 * - `codes`: the code exactly.
 */
export function compileFilters(options: FilterOptions): CompiledValue[] {
  const compiled: CompiledValue[] = []
  const problems: string[] = []
  for (const kind of FILTER_KINDS) {
    for (const value of options[kind] ?? []) {
      const slug = slugify(value)
      if (!slug) {
        problems.push(`import: --${kind} "${value}": giá trị trống (empty value)`)
        continue
      }
      if (kind === 'agency') {
        const words = `-${slug}-`
        compiled.push({ kind, value, match: (facts) => facts.agencies.filter((name) => wordsOf(name).includes(words)) })
      } else if (kind === 'field') {
        compiled.push({ kind, value, match: (facts) => (slugify(facts.field) === slug ? [facts.field] : []) })
      } else if (kind === 'codes') {
        const code = value.normalize('NFC').trim()
        compiled.push({ kind, value: code, match: (facts) => (facts.code === code ? [code] : []) })
      } else {
        const level = levelOf(value)
        if (level) compiled.push({ kind, value, match: (facts) => (facts.levels.includes(level) ? [level] : []) })
        else problems.push(`import: --level "${value}": không phải một cấp thực hiện; dùng ${LEVEL_VALUES.join(', ')} (not a level; use one of these)`)
      }
    }
  }
  if (problems.length > 0) throw new FilterError(problems)
  return compiled
}
