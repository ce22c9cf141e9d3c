import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const jsonLines = (rows: object[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n'

/**
 * Writes a tiny judged corpus (ALQAC layout) and questions citing it by number (Zalo layout) into a fresh folder.
 *
 * @remarks Used by the eval tests so they run without the shared data.
 */
export async function writeEvalFolders(): Promise<{ root: string; data: string; cited: string }> {
  const root = await mkdtemp(join(tmpdir(), 'congkhai-eval-'))
  const data = join(root, 'retrieval')
  const cited = join(root, 'cited')
  await mkdir(data)
  await mkdir(cited)
  const law = 'Luật Cư trú 2020'
  await writeFile(
    join(data, 'corpus_articles.jsonl'),
    jsonLines([
      {
        law_id: law,
        article_id: '20',
        text: 'Điều kiện đăng ký thường trú\n\nCông dân có chỗ ở hợp pháp được đăng ký thường trú.',
      },
      {
        law_id: law,
        article_id: '27',
        text: 'Điều kiện đăng ký tạm trú\n\nCông dân đến sinh sống từ 30 ngày trở lên phải đăng ký tạm trú.',
      },
      { law_id: 'Hiến pháp 2013', article_id: '23', text: 'Công dân có quyền tự do đi lại và cư trú ở trong nước.' },
    ]),
  )
  await writeFile(
    join(data, 'queries.jsonl'),
    jsonLines([
      { example_id: 'q1', statement: 'Công dân sinh sống từ 30 ngày trở lên phải đăng ký tạm trú', split: 'train' },
      { example_id: 'q2', statement: 'Công dân có quyền tự do đi lại', split: 'test' },
      { example_id: 'q3', statement: 'A query nobody judged', split: 'test' },
    ]),
  )
  await writeFile(
    join(data, 'qrels.jsonl'),
    jsonLines([
      { example_id: 'q1', law_id: law, article_id: '27', relevance: 1 },
      { example_id: 'q2', law_id: 'Hiến pháp 2013', article_id: '23', relevance: 1 },
    ]),
  )
  await writeFile(
    join(cited, 'queries.jsonl'),
    jsonLines([
      { question_id: 'z1', question: 'Điều kiện đăng ký thường trú là gì?' },
      { question_id: 'z2', question: 'Mức phạt khi vượt đèn đỏ?' },
    ]),
  )
  await writeFile(
    join(cited, 'qrels.jsonl'),
    jsonLines([
      { question_id: 'z1', law_id: '68/2020/qh14', article_id: '20', relevance: 1 },
      { question_id: 'z2', law_id: '100/2019/nđ-cp', article_id: '5', relevance: 1 },
    ]),
  )
  return { root, data, cited }
}
