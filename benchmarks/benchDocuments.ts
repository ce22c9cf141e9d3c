import { join } from 'node:path'
import type { SearchDocument } from '@congkhai/search'
import { z } from 'zod'
import { articleDocument, articleSchema, readJsonLines } from './eval/retrievalSet'
import { seededRandom } from '@congkhai/cms/bench/seeded-random'

const procedureSchema = z.object({
  ma_thu_tuc: z.string(),
  ten_thu_tuc: z.string(),
  cap_thuc_hien: z.string().default(''),
  linh_vuc: z.string().default(''),
  doi_tuong_thuc_hien: z.string().default(''),
  ket_qua_xu_ly: z.string().default(''),
  trinh_tu_thuc_hien: z.string().default(''),
  thanh_phan_ho_so: z.string().default(''),
  yeu_cau_dieu_kien: z.string().default(''),
})

/** A row of `tthc-dichvucong-bo-nganh/procedures.jsonl`, the fields the index uses. */
export type ProcedureRow = z.infer<typeof procedureSchema>

/** Flattens a scraped procedure into an index record the way the site flattens a CMS procedure. */
export function procedureDocument(row: ProcedureRow): SearchDocument {
  return {
    id: `procedure:vi:${row.ma_thu_tuc}`,
    type: 'procedure',
    locale: 'vi',
    title: row.ten_thu_tuc,
    number: row.ma_thu_tuc,
    summary: [row.doi_tuong_thuc_hien, row.ket_qua_xu_ly].filter(Boolean).join(' '),
    body: [row.trinh_tu_thuc_hien, row.thanh_phan_ho_so, row.yeu_cau_dieu_kien].filter(Boolean).join('\n'),
    url: `/thu-tuc/${row.ma_thu_tuc}`,
    facets: { field: row.linh_vuc || undefined, level: row.cap_thuc_hien || undefined },
  }
}

const KINDS = [
  { type: 'Quyết định', code: 'QĐ' },
  { type: 'Nghị định', code: 'NĐ' },
  { type: 'Thông tư', code: 'TT' },
  { type: 'Nghị quyết', code: 'NQ' },
  { type: 'Chỉ thị', code: 'CT' },
] as const
const ISSUERS = [
  { name: 'UBND tỉnh', code: 'UBND' },
  { name: 'HĐND tỉnh', code: 'HĐND' },
  { name: 'Chính phủ', code: 'CP' },
  { name: 'Bộ Tư pháp', code: 'BTP' },
  { name: 'Bộ Công an', code: 'BCA' },
  { name: 'Bộ Tài chính', code: 'BTC' },
] as const
const STATUSES = ['Còn hiệu lực', 'Hết hiệu lực toàn bộ', 'Hết hiệu lực một phần', 'Chưa có hiệu lực'] as const
const VERBS = ['ban hành', 'sửa đổi, bổ sung', 'quy định chi tiết', 'hướng dẫn thực hiện', 'bãi bỏ'] as const

/**
 * Generates legal documents whose subjects and bodies are taken from real procedures and law articles.
 *
 * @remarks Real text keeps the vocabulary and term frequencies realistic; the numbers, issuers, years and
 * statuses are drawn at random, in the real formats (`15/2020/QĐ-UBND`), so facets have a realistic spread.
 */
export function generatedLegalDocuments(
  count: number,
  subjects: string[],
  bodies: string[],
  seed = 5,
): SearchDocument[] {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  return Array.from({ length: count }, (_, i) => {
    const kind = pick(KINDS)
    const issuer = kind.code === 'NĐ' ? ISSUERS[2] : pick(ISSUERS)
    const year = 2005 + Math.floor(random() * 20)
    const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`
    const number = `${1 + Math.floor(random() * 300)}/${year}/${kind.code}-${issuer.code}`
    const subject = pick(subjects)
    const title = `${kind.type} ${pick(VERBS)} ${subject.charAt(0).toLowerCase()}${subject.slice(1)}`
    return {
      id: `legal-document:vi:bench-${i + 1}`,
      type: 'legal-document',
      locale: 'vi',
      title,
      number,
      summary: `${title} do ${issuer.name} ban hành năm ${year}.`,
      body: Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(bodies)).join('\n'),
      url: `/van-ban/bench-${i + 1}`,
      date,
      facets: { documentType: kind.type, issuer: issuer.name, status: pick(STATUSES), year },
    }
  })
}

/**
 * Builds `total` index records: every real procedure and law article, topped up with generated legal documents.
 *
 * @param dataFolder the shared data folder holding `tthc-dichvucong-bo-nganh` and `alqac2023-legal-retrieval`
 */
export async function benchDocuments(dataFolder: string, total = 10_000): Promise<SearchDocument[]> {
  const [procedures, articles] = await Promise.all([
    readJsonLines(join(dataFolder, 'tthc-dichvucong-bo-nganh', 'procedures.jsonl'), procedureSchema),
    readJsonLines(join(dataFolder, 'alqac2023-legal-retrieval', 'corpus_articles.jsonl'), articleSchema),
  ])
  const real = [...procedures.map(procedureDocument), ...articles.map(articleDocument)].slice(0, total)
  const subjects = [
    ...procedures.map((p) => p.ten_thu_tuc),
    ...real.filter((d) => d.type === 'legal-document').map((d) => d.title),
  ]
  const bodies = real.filter((doc) => doc.type === 'legal-document').map((doc) => doc.body ?? '')
  return [...real, ...generatedLegalDocuments(total - real.length, subjects, bodies)]
}
