import { slugify } from '@congkhai/contracts/slugify'

/** A procedure as typed text is matched against: its id, its code and its titles (Vietnamese, and English if any). */
export interface NamedProcedure {
  id: number
  code: string
  titles: string[]
}

/** The procedure a text names, and how: by a code in it, or by its title. */
export interface ProcedureMatch {
  id: number
  by: 'code' | 'title'
}

/** The fewest words a piece of a title must have to name a procedure on its own. */
export const MIN_PARTIAL_WORDS = 3

/** Something shaped like a procedure code: digits and letters around dots or dashes, a digit among them (`1.001108`). */
const CODE_LIKE = /^(?=.*\d)[0-9a-z]+(?:[.-][0-9a-z]+)+$/

/** Text as written, compared letter for letter: NFC, lower case, one space between words, no end punctuation. */
const asWritten = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:!?·–—-]+|[\s.,;:!?·–—-]+$/g, '')

/** The distinct procedures among `found`, in order. */
const distinct = (found: NamedProcedure[]) => [...new Set(found)]

/**
 * The procedure a citizen's text names, or null when it names none or several.
 *
 * @remarks Tried in order: the text is a procedure's code, or holds exactly one code of a procedure among its words
 * (`1.001108 · Cấp hộ chiếu`, as the form shows a chosen suggestion, or `thủ tục 1.001108`); it is one procedure's
 * title, compared folded (`cap ho chieu` is `Cấp hộ chiếu`), several procedures sharing that folded title being told
 * apart by the title as written, marks included; it is a run of at least {@link MIN_PARTIAL_WORDS} whole words of
 * exactly one procedure's title. Anything else is no match, and the caller keeps the text as it was typed.
 */
export function matchProcedure(text: string, procedures: readonly NamedProcedure[]): ProcedureMatch | null {
  const written = asWritten(text)
  if (!written) return null

  const byCode = new Map(procedures.map((p) => [p.code.toLowerCase(), p]))
  const exact = byCode.get(written)
  if (exact) return { id: exact.id, by: 'code' }
  const codes = distinct(
    written
      .split(/[\s,;:()·–—]+/)
      .map((word) => word.replace(/^[.-]+|[.-]+$/g, ''))
      .filter((word) => CODE_LIKE.test(word))
      .flatMap((word) => byCode.get(word) ?? []),
  )
  if (codes.length === 1) return { id: codes[0]!.id, by: 'code' }
  if (codes.length > 1) return null

  const key = slugify(written)
  if (!key) return null
  const titled = procedures.map((p) => ({ p, keys: p.titles.map((t) => slugify(t)) }))
  const sameTitle = distinct(titled.filter(({ keys }) => keys.includes(key)).map(({ p }) => p))
  if (sameTitle.length === 1) return { id: sameTitle[0]!.id, by: 'title' }
  if (sameTitle.length > 1) {
    const asTyped = sameTitle.filter((p) => p.titles.some((t) => asWritten(t) === written))
    return asTyped.length === 1 ? { id: asTyped[0]!.id, by: 'title' } : null
  }

  if (key.split('-').length < MIN_PARTIAL_WORDS) return null
  const containing = distinct(titled.filter(({ keys }) => keys.some((k) => `-${k}-`.includes(`-${key}-`))).map(({ p }) => p))
  return containing.length === 1 ? { id: containing[0]!.id, by: 'title' } : null
}
