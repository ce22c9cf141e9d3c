/** A heading above articles: Phần (part), Chương (chapter) or Mục (section). */
export interface LegalDivision {
  kind: 'part' | 'chapter' | 'section'
  /** As written: `I`, `2`, `THỨ NHẤT`. */
  number: string
  title: string
  /** Anchor id: `chuong-ii`, `muc-1`, `phan-thu-nhat`; made unique in the document. */
  id: string
  /** Text between the heading and the next article, rare. */
  blocks: LegalBlock[]
}

/** A lettered point of a clause: `a) …`. */
export interface LegalPoint {
  letter: string
  text: string
}

/** A numbered clause (khoản) of an article: `1. …`, its own paragraphs and its points. */
export interface LegalClause {
  number: string
  paragraphs: string[]
  points: LegalPoint[]
}

/** One block of an article's body, in order. */
export type LegalBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'clause'; clause: LegalClause }
  | { kind: 'point'; point: LegalPoint }
  /** Lines kept as they are: a table written as text, with columns spaced out. */
  | { kind: 'lines'; lines: string[] }

/** An article (Điều): `Điều 5. Tên điều`, then its body. */
export interface LegalArticle {
  kind: 'article'
  /** `5`, `12a`. */
  number: string
  title: string
  /** `Điều 5. Tên điều`, as the page and search show it. */
  heading: string
  /** `dieu-5`, `dieu-12a`; a number met again (a regulation attached to a decision) gets `-2`, `-3`. */
  id: string
  blocks: LegalBlock[]
  /** Index of the heading's line in the text. */
  line: number
}

/** The text of a legal document, as structure. */
export interface LegalText {
  /** What comes before the first heading: the issuer, number, title and the grounds (căn cứ). */
  preamble: LegalBlock[]
  /** Divisions and articles in document order (a division's articles follow it). */
  items: (LegalDivision | LegalArticle)[]
  /** Every article, in order. */
  articles: LegalArticle[]
  /** What follows the last article: the passing formula of a law, the signature, the recipients (Nơi nhận). */
  closing: LegalBlock[]
}

const ARTICLE = /^(?:Điều|ĐIỀU)\s+(\d{1,4}[a-zđ]?)(?:\s*([.:])\s*|\s+(?=\p{Lu})|\s*$)(.*)$/u
const DIVISION = /^(Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+([IVXLCDM]+|\d{1,3}|THỨ\s+\S+|thứ\s+\S+)\b\s*[.:\-–]?\s*(.*)$/u
const CLAUSE = /^(\d{1,3})\.\s+(.*)$/u
const POINT = /^([a-zđ]{1,2})\)\s+(.*)$/u
/** A line laid out in columns: a tab, or three spaces in a row between words. */
/** The first line after the articles: the passing formula of a law, the recipients, the signature's capacity. */
const CLOSING = /^(?:Nơi nhận\s*:|(?:Bộ luật|Luật|Hiến pháp|Nghị quyết|Pháp lệnh) này đã được .{0,160}thông qua|(?:TM|KT|TL|TUQ|Q)\.\s)/u
const TABLE_ROW = /\S(?:\t|\s{3,})\S/
/** A line that ends a sentence or a list item, after which a new heading may start. */
const ENDS_SENTENCE = /[.:;!?"”)\]…]$/u

const divisionKinds = { phần: 'part', chương: 'chapter', mục: 'section' } as const
const slugPart = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** Whether a line is all capitals (a chapter's title in most documents), ignoring digits and punctuation. */
const isUpperCase = (line: string) => /\p{L}/u.test(line) && line === line.toLocaleUpperCase('vi')

/**
 * Reads the plain text of a Vietnamese legal document (one line per source line, paragraphs split by blank lines)
 * into its parts, chapters, sections, articles, clauses and points.
 *
 * @remarks Tolerant of what real texts do: `ĐIỀU 5`, `Điều 5:`, `Điều 12a`, a chapter's title on the line after
 * `Chương I`, titles and paragraphs wrapped over several lines. A line starting `Điều 5` is read as a heading only
 * where a new block may start (after a blank line or a line ending a sentence or a heading), and not inside a
 * quotation, since amending documents quote the articles they rewrite (`“Điều 5. …”`); an article number lower
 * than the last one's is a heading only when it starts again at 1 (a regulation attached to a decision).
 */
export function parseLegalText(text: string): LegalText {
  const lines = text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n')
  const result: LegalText = { preamble: [], items: [], articles: [], closing: [] }
  const ids = new Map<string, number>()
  const uniqueId = (base: string) => {
    const seen = (ids.get(base) ?? 0) + 1
    ids.set(base, seen)
    return seen === 1 ? base : `${base}-${seen}`
  }
  let article: LegalArticle | undefined
  let division: LegalDivision | undefined
  let closing = false
  let clause: LegalClause | undefined
  /** The block the next plain line continues, if no blank line comes between. */
  let open: { append: (line: string) => void } | undefined
  /** What the last line was, so a wrapped heading can be completed. */
  let pending: { kind: 'division-title'; division: LegalDivision } | { kind: 'article-title' } | undefined
  let lastNumber = 0
  let quoteDepth = 0
  let previous = ''
  let previousWasHeading = false

  const blocks = () => (closing ? result.closing : article ? article.blocks : division ? division.blocks : result.preamble)
  const addParagraph = (line: string) => {
    if (clause) {
      clause.paragraphs.push(line)
      const paragraphs = clause.paragraphs
      open = { append: (more) => (paragraphs[paragraphs.length - 1] += ` ${more}`) }
      return
    }
    const block = { kind: 'paragraph' as const, text: line }
    blocks().push(block)
    open = { append: (more) => (block.text += ` ${more}`) }
  }

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!
    const line = raw.replace(/\s+$/, '').replace(/^\s+/, '')
    if (line === '') {
      open = undefined
      if (pending?.kind === 'article-title') pending = undefined
      previous = ''
      continue
    }
    // The first article ("Điều 1." with its full stop) may follow a title line with no full stop, as in a file whose
    // paragraphs came out without blank lines between them.
    const firstArticle = result.articles.length === 0 && /^(?:Điều|ĐIỀU)\s+1\s*[.:]/u.test(line)
    const mayStart = previous === '' || previousWasHeading || ENDS_SENTENCE.test(previous) || firstArticle
    const quoted = quoteDepth > 0 || /^["“]/.test(line)
    const heading = mayStart && !quoted
    quoteDepth = Math.max(0, quoteDepth + (line.match(/“/g)?.length ?? 0) - (line.match(/”/g)?.length ?? 0))
    previous = line
    previousWasHeading = false

    const articleMatch = heading ? ARTICLE.exec(line) : null
    const articleNumber = articleMatch ? Number.parseInt(articleMatch[1]!, 10) : 0
    if (articleMatch && (articleNumber >= lastNumber || articleNumber === 1)) {
      lastNumber = articleNumber
      const number = articleMatch[1]!
      const title = (articleMatch[3] ?? '').trim()
      article = { kind: 'article', number, title, heading: '', id: uniqueId(`dieu-${number}`), blocks: [], line: i }
      article.heading = headingOf(article)
      result.items.push(article)
      result.articles.push(article)
      closing = false
      clause = undefined
      open = undefined
      // A title without a full stop may wrap onto the next line, which then starts with a small letter.
      pending = title === '' || !/[.:]$/.test(title) ? { kind: 'article-title' } : undefined
      previousWasHeading = true
      continue
    }
    const divisionMatch = heading ? DIVISION.exec(line) : null
    if (divisionMatch) {
      const kind = divisionKinds[divisionMatch[1]!.toLocaleLowerCase('vi') as keyof typeof divisionKinds]
      const number = divisionMatch[2]!.replace(/\s+/g, ' ')
      division = { kind, number, title: divisionMatch[3]!.trim(), id: '', blocks: [] }
      division.id = uniqueId(`${kind === 'part' ? 'phan' : kind === 'chapter' ? 'chuong' : 'muc'}-${slugPart(number)}`)
      result.items.push(division)
      closing = false
      article = undefined
      clause = undefined
      open = undefined
      pending = { kind: 'division-title', division }
      previousWasHeading = true
      continue
    }
    if (pending?.kind === 'division-title') {
      const wrapped = pending.division
      // The title follows on the next line(s), in capitals, as most documents set it.
      if (wrapped.title === '' || (isUpperCase(line) && isUpperCase(wrapped.title))) {
        wrapped.title = wrapped.title ? `${wrapped.title} ${line}` : line
        previousWasHeading = true
        continue
      }
      pending = undefined
    }
    if (pending?.kind === 'article-title' && article && article.blocks.length === 0) {
      // `Điều 5` alone, then its title; unless the line is already the body (the Constitution's articles have no
      // titles): a clause, a sentence, or a line that wraps onto the next.
      const titleLine = !CLAUSE.test(line) && !/[.;:]$/.test(line) && !/^\p{Ll}/u.test(lines[i + 1]?.trim() ?? '')
      if ((article.title === '' && titleLine) || (article.title !== '' && /^\p{Ll}/u.test(line))) {
        article.title = article.title ? `${article.title} ${line}` : line
        article.heading = headingOf(article)
        previousWasHeading = true
        continue
      }
      pending = undefined
    }
    pending = undefined
    if (!closing && article && heading && CLOSING.test(line)) {
      closing = true
      article = undefined
      clause = undefined
      open = undefined
    }

    if (TABLE_ROW.test(raw.trim())) {
      const last = blocks().at(-1)
      if (last?.kind === 'lines' && open === undefined) last.lines.push(raw.trim())
      else blocks().push({ kind: 'lines', lines: [raw.trim()] })
      open = undefined
      continue
    }
    const clauseMatch = article && !closing && mayStart && !quoted ? CLAUSE.exec(line) : null
    if (clauseMatch) {
      clause = { number: clauseMatch[1]!, paragraphs: [clauseMatch[2]!], points: [] }
      article!.blocks.push({ kind: 'clause', clause })
      const paragraphs = clause.paragraphs
      open = { append: (more) => (paragraphs[paragraphs.length - 1] += ` ${more}`) }
      continue
    }
    const pointMatch = article && !closing && mayStart && !quoted ? POINT.exec(line) : null
    if (pointMatch) {
      const point = { letter: pointMatch[1]!, text: pointMatch[2]! }
      if (clause) clause.points.push(point)
      else article!.blocks.push({ kind: 'point', point })
      open = { append: (more) => (point.text += ` ${more}`) }
      continue
    }
    if (open) open.append(line)
    else addParagraph(line)
  }
  return result
}

/** `Điều 5. Tên điều`, or `Điều 5.` for an article without a title. */
export function headingOf(article: Pick<LegalArticle, 'number' | 'title'>): string {
  const title = article.title.replace(/^[.:]\s*/, '')
  return title ? `Điều ${article.number}. ${title}` : `Điều ${article.number}.`
}

/** The plain text of an article's body, as search indexes it. */
export function articleText(article: LegalArticle): string {
  return article.blocks.map(blockText).join('\n')
}

/** The plain text of one block. */
export function blockText(block: LegalBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text
    case 'lines':
      return block.lines.join('\n')
    case 'point':
      return `${block.point.letter}) ${block.point.text}`
    case 'clause':
      return [`${block.clause.number}. ${block.clause.paragraphs.join('\n')}`, ...block.clause.points.map((p) => `${p.letter}) ${p.text}`)].join('\n')
  }
}
