import { join } from 'node:path'
import { numberKey } from '@congkhai/search/vietnamese'
import { z } from 'zod'
import type { ScoredQuery } from './evaluateRetrieval'
import { readJsonLines } from './retrievalSet'

/**
 * Official numbers (số ký hiệu) of the laws in `alqac2023-legal-retrieval`, keyed by its `law_id`.
 *
 * @remarks That corpus names laws only by title and year; questions elsewhere cite them by number. The numbers
 * were checked against the legal bases cited in `tthc-dichvucong-bo-nganh`. Hiến pháp 2013 has no number.
 */
export const LAW_NUMBERS: Readonly<Record<string, string>> = {
  'Bộ Luật Dân sự 2015': '91/2015/QH13',
  'Luật An ninh mạng 2018': '24/2018/QH14',
  'Luật Cư trú 2020': '68/2020/QH14',
  'Luật Dầu khí 2022': '12/2022/QH15',
  'Luật Du lịch 2017': '09/2017/QH14',
  'Luật Giáo dục 2019': '43/2019/QH14',
  'Luật Hôn nhân và gia đình 2014': '52/2014/QH13',
  'Luật Phòng, chống bạo lực gia đình 2022': '13/2022/QH15',
  'Luật Phòng, chống ma túy 2021': '73/2021/QH14',
  'Luật Thanh niên 2020': '57/2020/QH14',
  'Luật Thanh tra 2022': '11/2022/QH15',
  'Luật Tiếp cận thông tin 2016': '104/2016/QH13',
  'Luật Tổ chức viện kiểm sát nhân dân 2014': '63/2014/QH13',
  'Luật Tố tụng hành chính 2015': '93/2015/QH13',
  'Luật Trọng tài thương mại 2010': '54/2010/QH12',
  'Luật Viên chức 2010': '58/2010/QH12',
  'Luật Điện ảnh 2022': '05/2022/QH15',
}

/** The files a folder must hold, laid out like `zalo2021-legal-queries`. */
export const CITED_QUERY_FILES = ['queries.jsonl', 'qrels.jsonl'] as const

const questionSchema = z.object({ question_id: z.string(), question: z.string() })
const citationSchema = z.object({ question_id: z.string(), law_id: z.string(), article_id: z.coerce.string() })

/** Questions that cite a document in the index, judged at the document level and at the article level. */
export interface CitedQueries {
  /** Every question in the folder. */
  total: number
  documents: ScoredQuery[]
  articles: ScoredQuery[]
}

/**
 * Reads questions that cite documents by number and keeps those citing at least one indexed document.
 *
 * @param indexed number key ({@link numberKey}) of each document in the index
 * @remarks Judgements become `numberKey` for documents and `numberKey/article` for articles, so rankings are
 * projected to the same ids before scoring. Citations of documents outside the index are dropped.
 */
export async function loadCitedQueries(folder: string, indexed: ReadonlySet<string>): Promise<CitedQueries> {
  const [questions, citations] = await Promise.all([
    readJsonLines(join(folder, 'queries.jsonl'), questionSchema),
    readJsonLines(join(folder, 'qrels.jsonl'), citationSchema),
  ])
  const cited = new Map<string, { documents: Set<string>; articles: Set<string> }>()
  for (const citation of citations) {
    const key = numberKey(citation.law_id)
    if (!indexed.has(key)) continue
    const entry = cited.get(citation.question_id) ?? { documents: new Set(), articles: new Set() }
    entry.documents.add(key)
    entry.articles.add(`${key}/${citation.article_id}`)
    cited.set(citation.question_id, entry)
  }
  const kept = questions.flatMap(({ question_id: id, question }) => {
    const entry = cited.get(id)
    return entry ? [{ text: question, ...entry }] : []
  })
  return {
    total: questions.length,
    documents: kept.map(({ text, documents }) => ({ text, relevant: documents })),
    articles: kept.map(({ text, articles }) => ({ text, relevant: articles })),
  }
}
