import { slugify } from '@congkhai/contracts/slugify'
import { FilterError } from './FilterError'
import { LEVELS } from './parseRecord'
import { compileFilters, FILTER_KINDS, LEVEL_VALUES, recordFacts, type FilterKind, type FilterOptions, type RecordFacts } from './recordFilter'

/** How one filter value fared over the file: the records it matched, and the record values behind them. */
export interface FilterValueReport {
  value: string
  records: number
  /** The names it matched, as the records write them, most records first (for `--agency`: every agency name). */
  matched: { name: string; records: number }[]
}

/** One kind of filter over the file: its values, and how many records match one of them. */
export interface FilterReport {
  kind: FilterKind
  values: FilterValueReport[]
  records: number
}

/** A record the filters left out, and which kinds it failed. */
export interface FilteredOut {
  line: number
  code: string | null
  filters: FilterKind[]
}

/** The lines of a file sorted for the import: the records to import, and those that are not, with why. */
export interface Selection {
  /** Non-blank lines. */
  total: number
  selected: { line: number; text: string }[]
  /** Lines that are not a JSON object: they cannot be filtered, and are reported as unparseable. */
  unreadable: { line: number; detail: string }[]
  filteredOut: FilteredOut[]
  filters: FilterReport[]
  /** `--codes` values no record has (a warning: only when none is found is it an error). */
  codesNotFound: string[]
}

/** Character pairs of a slug, for a typo-tolerant likeness (Dice's coefficient). */
function pairs(text: string): string[] {
  return Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => text.slice(i, i + 2))
}

/** Dice's coefficient of two slugs' character pairs: 1 when equal, 0 when they share no pair. */
function dice(a: string, b: string): number {
  const left = pairs(a)
  const right = new Map<string, number>()
  for (const pair of pairs(b)) right.set(pair, (right.get(pair) ?? 0) + 1)
  let common = 0
  for (const pair of left) {
    const n = right.get(pair) ?? 0
    if (n > 0) {
      common++
      right.set(pair, n - 1)
    }
  }
  const total = left.length + pairs(b).length
  return total > 0 ? (2 * common) / total : 0
}

/**
 * The values nearest to `query`, with their record counts, as lines of an error message.
 *
 * @remarks Ranked by the query's words a value shares, each weighted by how rare it is among the values (so `Sở
 * Ngoại vụ` finds `Bộ Ngoại giao` before `Sở Tài chính`: "ngoại" is rarer than "sở"), then by character pairs
 * (typos), then by how many records a value has.
 */
function nearest(query: string, counts: Map<string, number>, limit = 10): string[] {
  const candidates = [...counts].map(([name, records]) => ({ name, records, slug: slugify(name) }))
  const frequency = new Map<string, number>()
  for (const { slug } of candidates) for (const word of new Set(slug.split('-'))) frequency.set(word, (frequency.get(word) ?? 0) + 1)
  const weight = (word: string) => Math.log(1 + candidates.length / (frequency.get(word) ?? 0.5))
  const slug = slugify(query)
  const words = [...new Set(slug.split('-'))]
  const whole = words.reduce((sum, word) => sum + weight(word), 0)
  const ranked = candidates
    .map((candidate) => {
      const own = new Set(candidate.slug.split('-'))
      const shared = words.filter((word) => own.has(word)).reduce((sum, word) => sum + weight(word), 0)
      return { ...candidate, score: shared / whole + dice(slug, candidate.slug) }
    })
    .sort((a, b) => b.score - a.score || b.records - a.records)
    .slice(0, limit)
  const width = Math.min(60, Math.max(...ranked.map(({ name }) => name.length)))
  return ranked.map(({ name, records }) => `    ${name.padEnd(width)}  ${records}`)
}

/** Codes of the file that start most like `code`: a mistyped digit shows its neighbours. */
function nearestCodes(code: string, codes: Iterable<string>, limit = 3): string[] {
  const prefix = (a: string) => {
    let i = 0
    while (i < a.length && a[i] === code[i]) i++
    return i
  }
  return [...codes].sort((a, b) => prefix(b) - prefix(a) || a.localeCompare(b)).slice(0, limit)
}

// The portal's names of the levels, for the list an unmatched `--level` shows.
const LEVEL_NAMES: Record<string, string> = Object.fromEntries(Object.entries(LEVELS).map(([name, level]) => [level, name]))

const LABELS: Record<FilterKind, { vi: string; en: string }> = {
  codes: { vi: 'mã thủ tục', en: 'procedure codes' },
  agency: { vi: 'cơ quan', en: 'agencies' },
  field: { vi: 'lĩnh vực', en: 'fields' },
  level: { vi: 'cấp thực hiện', en: 'levels' },
}

/**
 * Reads the lines of a portal export and keeps the records the filters match, or throws a `FilterError` when a
 * filter value matches no record (listing the nearest values the file holds, with their counts) or the filters
 * together match none.
 *
 * @remarks Pure and run before the database is touched, so a mistyped agency costs a second, not an import. Each
 * value must match something on its own: `--agency A --agency B` with B mistyped would otherwise import A's records
 * and say nothing of B. `--codes` is the exception: codes a list names but the file lacks are reported, not fatal,
 * since a list kept by the agency may name procedures the portal has since abolished; none found is an error.
 */
export function selectRecords(lines: string[], options: FilterOptions = {}): Selection {
  const compiled = compileFilters(options)
  const kinds = FILTER_KINDS.filter((kind) => compiled.some((value) => value.kind === kind))
  const tallies = compiled.map(() => ({ records: 0, matched: new Map<string, number>() }))
  const kindRecords = new Map<FilterKind, number>()
  const available: Record<FilterKind, Map<string, number>> = { codes: new Map(), agency: new Map(), field: new Map(), level: new Map() }
  const spelling = new Map<string, string>()
  const count = (kind: FilterKind, name: string) => {
    // Names are counted by their folded form, shown as the file first spells them ("Bộ tài chính", "Bộ Tài chính").
    const key = kind === 'codes' ? name : `${kind}:${slugify(name)}`
    const shown = spelling.get(key) ?? (spelling.set(key, name), name)
    available[kind].set(shown, (available[kind].get(shown) ?? 0) + 1)
  }
  const selection: Selection = { total: 0, selected: [], unreadable: [], filteredOut: [], filters: [], codesNotFound: [] }

  lines.forEach((text, i) => {
    if (!text.trim()) return
    selection.total++
    const line = i + 1
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch (err) {
      selection.unreadable.push({ line, detail: (err as Error).message })
      return
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      selection.unreadable.push({ line, detail: 'không phải một đối tượng JSON (not a JSON object)' })
      return
    }
    if (kinds.length === 0) {
      selection.selected.push({ line, text })
      return
    }
    const facts: RecordFacts = recordFacts(raw as Record<string, unknown>)
    if (facts.code) count('codes', facts.code)
    for (const name of facts.agencies) count('agency', name)
    if (facts.field) count('field', facts.field)
    for (const level of facts.levels) count('level', level)
    const passed = new Set<FilterKind>()
    compiled.forEach((value, v) => {
      const matched = value.match(facts)
      if (matched.length === 0) return
      passed.add(value.kind)
      tallies[v].records++
      for (const name of matched) tallies[v].matched.set(name, (tallies[v].matched.get(name) ?? 0) + 1)
    })
    for (const kind of passed) kindRecords.set(kind, (kindRecords.get(kind) ?? 0) + 1)
    const failed = kinds.filter((kind) => !passed.has(kind))
    if (failed.length === 0) selection.selected.push({ line, text })
    else selection.filteredOut.push({ line, code: facts.code || null, filters: failed })
  })

  selection.filters = kinds.map((kind) => ({
    kind,
    records: kindRecords.get(kind) ?? 0,
    values: compiled.flatMap((value, v) =>
      value.kind === kind
        ? [{ value: value.value, records: tallies[v].records, matched: [...tallies[v].matched].map(([name, records]) => ({ name, records })).sort((a, b) => b.records - a.records) }]
        : [],
    ),
  }))

  const problems: string[] = []
  for (const { kind, values } of selection.filters) {
    const missing = values.filter((value) => value.records === 0)
    if (kind === 'codes') {
      selection.codesNotFound = missing.map((value) => value.value)
      if (missing.length === values.length) {
        problems.push(`import: --codes: không mã nào trong ${values.length} mã có trong tệp (none of the ${values.length} codes is in the file); mã gần nhất (nearest codes):`)
        for (const { value } of missing.slice(0, 5)) problems.push(`    ${value} → ${nearestCodes(value, available.codes.keys()).join(', ')}`)
      }
      continue
    }
    for (const { value } of missing) {
      const { vi, en } = LABELS[kind]
      const size = available[kind].size
      problems.push(`import: --${kind} "${value}" không khớp thủ tục nào trong tệp (matches no procedure in the file).`)
      if (kind === 'level') {
        problems.push(`  Các cấp có trong tệp, số thủ tục (the file's levels, procedures):`)
        const levels = [...available.level].sort((a, b) => LEVEL_VALUES.indexOf(a[0] as never) - LEVEL_VALUES.indexOf(b[0] as never))
        problems.push(...levels.map(([level, records]) => `    ${level.padEnd(5)}  ${String(records).padStart(5)}  ${LEVEL_NAMES[level] ?? ''}`))
      } else {
        problems.push(`  ${vi[0].toUpperCase()}${vi.slice(1)} gần nhất trong ${size} ${vi} của tệp, số thủ tục (nearest of the file's ${size} ${en}, procedures):`)
        problems.push(...nearest(value, available[kind]))
      }
    }
  }
  if (problems.length === 0 && kinds.length > 0 && selection.selected.length === 0) {
    problems.push('import: mỗi bộ lọc khớp một số thủ tục, nhưng không thủ tục nào khớp tất cả (each filter matches some procedures, none matches them all):')
    for (const { kind, values, records } of selection.filters) {
      problems.push(`  --${kind} ${values.map((value) => `"${value.value}"`).join(' | ')}: ${records} thủ tục (procedures)`)
    }
  }
  if (problems.length > 0) throw new FilterError(problems)
  return selection
}
