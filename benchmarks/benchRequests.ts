import type { SearchDocument } from '@congkhai/search'
import { fold } from '@congkhai/search/vietnamese'
import { seededRandom } from '@congkhai/cms/bench/seeded-random'

/** How often each kind of request appears in the mix, out of 100. */
const MIX = [
  ['keywords', 35],
  ['keywordsTyping', 5],
  ['keywordsFiltered', 15],
  ['number', 10],
  ['code', 5],
  ['question', 10],
  ['browse', 10],
  ['keywordsByDate', 10],
] as const

/** A kind of request in the mix. */
export type BenchKind = (typeof MIX)[number][0]

/** One request of the mix: its kind and its path with query string. */
export interface BenchRequest {
  kind: BenchKind
  path: string
}

/** Spellings people type a document number in, all of which must find it. */
const NUMBER_SPELLINGS: ((number: string) => string)[] = [
  (n) => n,
  (n) => fold(n),
  (n) => n.replace(/[/-]/g, ' '),
  (n) => {
    const [count, year, kind] = n.split(/[/-]/)
    return `${fold(kind ?? '')} ${count}/${year}`
  },
]

/**
 * Builds `/api/search` request paths the way the site is used: keywords (with and without marks, while typing,
 * with filters or sorted by date), document numbers in every spelling, procedure codes, whole questions, and
 * browsing by facet with no query.
 *
 * @param questions real questions people asked (the Zalo set)
 * @remarks Seeded, so every run sends the same requests in the same order.
 */
export function benchRequests(docs: SearchDocument[], questions: string[], count: number, seed = 7): BenchRequest[] {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const procedures = docs.filter((doc) => doc.type === 'procedure' && doc.number)
  const numbered = docs.filter((doc) => doc.type === 'legal-document' && doc.number)
  const dated = docs.filter((doc) => doc.facets?.year !== undefined && doc.facets.documentType !== undefined)
  const keywords = () => {
    const words = pick(procedures.length > 0 ? procedures : docs).title.split(/\s+/)
    const start = Math.floor(random() * Math.max(1, words.length - 3))
    const text = words.slice(start, start + 2 + Math.floor(random() * 3)).join(' ')
    return random() < 0.5 ? text : fold(text)
  }
  const make: Record<BenchKind, () => Record<string, string | string[]>> = {
    keywords: () => ({ q: keywords() }),
    keywordsTyping: () => {
      const text = keywords()
      return { q: text.slice(0, Math.max(3, text.length - 1 - Math.floor(random() * 3))) }
    },
    keywordsFiltered: () => ({ q: keywords(), type: pick(['procedure', 'legal-document']) }),
    number: () => ({ q: pick(NUMBER_SPELLINGS)(pick(numbered).number!) }),
    code: () => ({ q: pick(procedures).number! }),
    question: () => ({ q: pick(questions) }),
    browse: () => {
      const doc = pick(dated)
      return {
        type: 'legal-document',
        year: String(doc.facets!.year),
        documentType: doc.facets!.documentType!,
        sort: 'newest',
      }
    },
    keywordsByDate: () => ({ q: keywords(), sort: 'newest' }),
  }
  const missing: Partial<Record<BenchKind, boolean>> = {
    code: procedures.length === 0,
    number: numbered.length === 0,
    question: questions.length === 0,
    browse: dated.length === 0,
  }
  // A corpus without what a kind needs (no dated documents, say) leaves that kind out of the mix.
  const kinds = MIX.flatMap(([kind, weight]) => (missing[kind] ? [] : Array<BenchKind>(weight).fill(kind)))
  return Array.from({ length: count }, () => {
    const kind = pick(kinds)
    const params = new URLSearchParams()
    for (const [name, value] of Object.entries(make[kind]())) {
      for (const one of Array.isArray(value) ? value : [value]) params.append(name, one)
    }
    return { kind, path: `/api/search?${params}` }
  })
}
