import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SLUG_MAX_LENGTH, slugify } from '@congkhai/contracts/slugify'
import { parseRecord } from '../importers/procedures/parseRecord'
import { documentNumberKey } from '../lib/parseDocumentNumbers'
import type { LegalDocument } from '../payload-types'
import { seededRandom } from './seededRandom'

/** The slug the CMS stores for a legal document's number. */
const storedSlug = (text: string) => slugify(text, { maxLength: SLUG_MAX_LENGTH })

/** A legal document to write; relations are indexes into `DatasetPlan.legalDocuments`, always of earlier entries. */
export interface PlannedLegalDocument {
  number: string
  title: string
  documentType: LegalDocument['documentType']
  validity: LegalDocument['validity']
  issuer: string
  signer: string
  issuedDate: string
  effectiveDate: string
  fieldName: string
  summary: string
  paragraphs: string[]
  basedOn: number[]
  amends: number[]
  guides: number[]
  replaces: number[]
}

/** A news article made from a law article. */
export interface PlannedNews {
  title: string
  slug: string
  publishedDate: string
  categoryName: string
  summary: string
  paragraphs: string[]
}

/**
 * A benchmark dataset of exactly `size` documents: real procedures, news made from real law articles, and legal
 * documents (the laws themselves, the documents the procedures cite, then generated ones).
 */
export interface DatasetPlan {
  size: number
  seed: number
  legalDocuments: PlannedLegalDocument[]
  /** Raw lines of the portal's `procedures.jsonl`, written through the procedures importer. */
  procedureLines: string[]
  news: PlannedNews[]
}

/** Options of `planDataset`. */
export interface PlanOptions {
  size: number
  /** The folder beside the repository holding `tthc-dichvucong-bo-nganh` and `alqac2023-legal-retrieval`. */
  dataFolder: string
  seed?: number
  /** Procedure codes and legal document numbers already in the database (the demo seed), to leave out. */
  existing?: { procedureCodes?: Iterable<string>; legalNumbers?: Iterable<string> }
}

interface Article {
  law_id: string
  article_id: string
  text: string
}

const KINDS = [
  { type: 'quyet-dinh', label: 'Quyết định', code: 'QĐ' },
  { type: 'nghi-dinh', label: 'Nghị định', code: 'NĐ' },
  { type: 'thong-tu', label: 'Thông tư', code: 'TT' },
  { type: 'nghi-quyet', label: 'Nghị quyết', code: 'NQ' },
  { type: 'chi-thi', label: 'Chỉ thị', code: 'CT' },
  { type: 'ke-hoach', label: 'Kế hoạch', code: 'KH' },
] as const
const ISSUERS: Record<string, string> = {
  UBND: 'UBND tỉnh',
  HĐND: 'HĐND tỉnh',
  CP: 'Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
  BTP: 'Bộ Tư pháp',
  BCA: 'Bộ Công an',
  BTC: 'Bộ Tài chính',
  BNG: 'Bộ Ngoại giao',
  BNV: 'Bộ Nội vụ',
  BYT: 'Bộ Y tế',
  BXD: 'Bộ Xây dựng',
  BCT: 'Bộ Công Thương',
  BGDĐT: 'Bộ Giáo dục và Đào tạo',
  BLĐTBXH: 'Bộ Lao động - Thương binh và Xã hội',
  BTNMT: 'Bộ Tài nguyên và Môi trường',
  NHNN: 'Ngân hàng Nhà nước Việt Nam',
}
const GENERATED_ISSUERS = ['UBND', 'UBND', 'UBND', 'HĐND', 'CP', 'BTP', 'BCA', 'BTC', 'BNG'] as const
const VALIDITY: LegalDocument['validity'][] = ['con-hieu-luc', 'con-hieu-luc', 'con-hieu-luc', 'het-hieu-luc-mot-phan', 'het-hieu-luc-toan-bo', 'chua-co-hieu-luc']
const VERBS = ['Ban hành quy định về', 'Sửa đổi, bổ sung một số điều về', 'Quy định chi tiết về', 'Hướng dẫn thực hiện', 'Bãi bỏ quy định về'] as const
const SIGNERS = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang'] as const
const NEWS_CATEGORIES = ['Phổ biến pháp luật', 'Tin hoạt động', 'Cải cách hành chính', 'Hỏi đáp pháp luật'] as const

/** The type and issuer a document number implies: `15/2020/NĐ-CP` is a decree of the Government. */
function describeNumber(number: string): { documentType: LegalDocument['documentType']; issuer: string } {
  const symbol = number.split('/').pop() ?? ''
  const [kind = '', ...rest] = symbol.split('-')
  const issuerCode = rest.join('-')
  if (/^QH\d*$/.test(kind) || /^QH\d*$/.test(issuerCode)) return { documentType: 'luat', issuer: 'Quốc hội' }
  const byCode: Record<string, LegalDocument['documentType']> = { NĐ: 'nghi-dinh', TT: 'thong-tu', TTLT: 'thong-tu', QĐ: 'quyet-dinh', NQ: 'nghi-quyet', CT: 'chi-thi', KH: 'ke-hoach' }
  return { documentType: byCode[kind] ?? 'cong-van', issuer: ISSUERS[issuerCode] ?? (issuerCode ? `Cơ quan ${issuerCode}` : 'Cơ quan nhà nước') }
}

/** The law's term of the National Assembly in its number (`91/2015/QH13`). */
function assemblyTerm(year: number): number {
  return year < 2011 ? 12 : year < 2016 ? 13 : year < 2021 ? 14 : 15
}

/** An article's title and paragraphs; articles of the Constitution have no title line. */
function splitArticle(article: Article): { title: string; paragraphs: string[] } {
  const lines = article.text.split('\n').map((line) => line.trim()).filter(Boolean)
  const first = lines[0] ?? ''
  const untitled = lines.length < 2 || /^\d+\./.test(first) || /[.:;]$/.test(first)
  return untitled ? { title: `Điều ${article.article_id}`, paragraphs: lines } : { title: first, paragraphs: lines.slice(1) }
}

async function readLines(path: string): Promise<string[]> {
  return (await readFile(path, 'utf8')).split('\n').filter((line) => line.trim())
}

/**
 * Plans a dataset of exactly `size` documents from the shared data: a quarter procedures, about 15 % news, the rest
 * legal documents, with "based on", "amends", "guides" and "replaces" links so relationship pages exist.
 *
 * @remarks Pure and deterministic for a given seed and data folder. Real text keeps page sizes and vocabulary
 * realistic; the legal documents the procedures cite are planned with their real numbers, so the importer links
 * the procedures' legal bases to them.
 */
export async function planDataset({ size, dataFolder, seed = 8, existing = {} }: PlanOptions): Promise<DatasetPlan> {
  if (!Number.isInteger(size) || size < 10) throw new Error(`dataset: size must be an integer ≥ 10 (got ${size})`)
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[items[i], items[j]] = [items[j]!, items[i]!]
    }
    return items
  }
  const [procedureLines, articleLines] = await Promise.all([
    readLines(join(dataFolder, 'tthc-dichvucong-bo-nganh', 'procedures.jsonl')),
    readLines(join(dataFolder, 'alqac2023-legal-retrieval', 'corpus_articles.jsonl')),
  ])
  const articles = articleLines.map((line) => JSON.parse(line) as Article)

  const seedCodes = new Set(existing.procedureCodes)
  const procedures = shuffle(
    procedureLines.flatMap((line) => {
      const { data } = parseRecord(JSON.parse(line))
      return data && !seedCodes.has(data.code) ? [{ line, data }] : []
    }),
  ).slice(0, Math.round(size * 0.25))
  const newsCount = Math.min(articles.length, Math.round(size * 0.15))
  const legalCount = size - procedures.length - newsCount

  const fieldNames = [...new Set(procedures.map(({ data }) => data.fieldName))].sort()
  const usedKeys = new Set([...(existing.legalNumbers ?? [])].map(documentNumberKey))
  const usedSlugs = new Set([...(existing.legalNumbers ?? [])].map(storedSlug))
  const legalDocuments: PlannedLegalDocument[] = []
  const bodies = articles.map(splitArticle)
  const date = (year: number) => `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}T00:00:00.000Z`
  const plus = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString()
  const add = (doc: Omit<PlannedLegalDocument, 'basedOn' | 'amends' | 'guides' | 'replaces' | 'signer' | 'effectiveDate' | 'validity' | 'fieldName'> & Partial<PlannedLegalDocument>) => {
    const key = documentNumberKey(doc.number)
    const slug = storedSlug(doc.number)
    if (legalDocuments.length >= legalCount || usedKeys.has(key) || usedSlugs.has(slug)) return false
    usedKeys.add(key)
    usedSlugs.add(slug)
    // Links only point backwards, so the writer can set them in the same pass as it creates documents.
    const earlier = legalDocuments.length
    const links = (chance: number, max: number) =>
      earlier > 0 && random() < chance ? [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => Math.floor(random() * earlier)))] : []
    legalDocuments.push({
      signer: pick(SIGNERS),
      effectiveDate: plus(doc.issuedDate, 15 + Math.floor(random() * 45)),
      validity: pick(VALIDITY),
      fieldName: pick(fieldNames),
      basedOn: links(0.7, 3),
      amends: links(0.15, 1),
      guides: links(0.2, 2),
      replaces: links(0.05, 1),
      ...doc,
    })
    return true
  }

  // The laws of the corpus, each with all its articles as its full text.
  const laws = new Map<string, Article[]>()
  for (const article of articles) laws.set(article.law_id, [...(laws.get(article.law_id) ?? []), article])
  for (const [lawId, lawArticles] of laws) {
    const year = Number(/(\d{4})$/.exec(lawId)?.[1] ?? 2015)
    add({
      number: `${10 + Math.floor(random() * 80)}/${year}/QH${assemblyTerm(year)}`,
      title: lawId.replace(/\s*\d{4}$/, ''),
      documentType: 'luat',
      issuer: 'Quốc hội',
      issuedDate: date(year),
      summary: `${lawId}, ${lawArticles.length} điều.`,
      paragraphs: lawArticles.flatMap((article) => {
        const { title, paragraphs } = splitArticle(article)
        return [`Điều ${article.article_id}. ${title}`, ...paragraphs]
      }),
      basedOn: [],
      amends: [],
      guides: [],
      replaces: [],
      validity: 'con-hieu-luc',
    })
  }

  // What the chosen procedures cite, under its real number and name.
  for (const { data } of procedures) {
    for (const { name, number } of data.legalBasis) {
      if (!number) continue
      const year = Number(/\/(\d{4})\//.exec(number)?.[1] ?? 2005 + Math.floor(random() * 20))
      const body = pick(bodies)
      add({ number, title: name, ...describeNumber(number), issuedDate: date(year), summary: name, paragraphs: [`${body.title}.`, ...body.paragraphs] })
    }
  }

  // Generated documents in the real formats, on the subjects of real procedures, with real article text.
  const subjects = procedures.length > 0 ? procedures.map(({ data }) => data.name) : bodies.map((b) => b.title)
  while (legalDocuments.length < legalCount) {
    const kind = pick(KINDS)
    const issuerCode = kind.code === 'NĐ' ? 'CP' : pick(GENERATED_ISSUERS)
    const year = 2005 + Math.floor(random() * 21)
    const number = `${1 + Math.floor(random() * 400)}/${year}/${kind.code}-${issuerCode}`
    const subject = pick(subjects)
    const title = `${pick(VERBS)} ${subject.charAt(0).toLowerCase()}${subject.slice(1)}`
    const articleCount = 1 + Math.floor(random() * 3)
    const paragraphs = Array.from({ length: articleCount }, (_, i) => {
      const body = pick(bodies)
      return [`Điều ${i + 1}. ${body.title}`, ...body.paragraphs]
    }).flat()
    add({ number, title, documentType: kind.type, issuer: ISSUERS[issuerCode]!, issuedDate: date(year), summary: `${kind.label} ${title.charAt(0).toLowerCase()}${title.slice(1)}.`, paragraphs })
  }

  const news = shuffle([...articles])
    .slice(0, newsCount)
    .map((article, i): PlannedNews => {
      const { title, paragraphs } = splitArticle(article)
      const headline = `${article.law_id}: ${title}`
      return {
        title: headline,
        slug: `${slugify(headline).slice(0, 80)}-${i + 1}`,
        publishedDate: date(2016 + Math.floor(random() * 10)),
        categoryName: pick(NEWS_CATEGORIES),
        summary: (paragraphs[0] ?? title).slice(0, 300),
        paragraphs,
      }
    })

  return { size, seed, legalDocuments, procedureLines: procedures.map(({ line }) => line), news }
}
