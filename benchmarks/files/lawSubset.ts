import { articleId, type ArticleRow, type JudgedQuery } from '../eval/retrievalSet'

/**
 * The laws to evaluate, by `--laws`: all of them when it is absent, the N shortest (fewest characters) for a number,
 * or the laws named in a list separated by `;` (law names hold commas: "Luật Phòng, chống ma túy 2021"); each list is
 * shortest first.
 *
 * @remarks Shortest first so that a run stopped early has finished the laws most queries can be scored on per page of
 * OCR. A name that is not a law of the corpus throws, listing the names there are.
 */
export function chooseLaws(rows: readonly ArticleRow[], pick?: string): string[] {
  const lengths = new Map<string, number>()
  for (const row of rows) lengths.set(row.law_id, (lengths.get(row.law_id) ?? 0) + row.text.length)
  const byLength = [...lengths.keys()].sort((a, b) => lengths.get(a)! - lengths.get(b)! || a.localeCompare(b))
  if (pick === undefined || pick.trim() === '') return byLength
  if (/^\d+$/.test(pick.trim())) {
    const count = Number(pick)
    if (count < 1) throw new Error(`--laws ${pick}: give at least one law`)
    return byLength.slice(0, count)
  }
  const names = pick.split(';').map((name) => name.trim()).filter(Boolean)
  const unknown = names.filter((name) => !lengths.has(name))
  if (unknown.length > 0) throw new Error(`--laws: no law named ${unknown.join(', ')}; the laws are: ${byLength.join(', ')}`)
  return byLength.filter((law) => names.includes(law))
}

/**
 * The queries that can be scored on a subset of the laws: those whose relevant articles all lie in them.
 *
 * @remarks A query with one answer outside the subset could never reach full recall there, on either text, and would
 * only blur the comparison; it is left out of both sides.
 */
export function queriesWithin<Q extends JudgedQuery>(queries: readonly Q[], laws: readonly string[]): Q[] {
  const prefixes = laws.map((law) => articleId(law, ''))
  return queries.filter((query) => [...query.relevant].every((id) => prefixes.some((prefix) => id.startsWith(prefix))))
}

/** The corpus rows of the given laws. */
export function rowsWithin(rows: readonly ArticleRow[], laws: readonly string[]): ArticleRow[] {
  const wanted = new Set(laws)
  return rows.filter((row) => wanted.has(row.law_id))
}
