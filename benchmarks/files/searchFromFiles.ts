import { alqacLaw, type ExtractionFixtures } from '@congkhai/cms/extraction/fixtures'
import { extractText } from '@congkhai/cms/extraction'
import { engineRetrievers } from '../eval/retrievers'
import { evaluateRetrieval, type VariantSummary } from '../eval/evaluateRetrieval'
import { articleDocument, loadRetrievalSet, type ArticleRow } from '../eval/retrievalSet'

/**
 * Cuts extracted text into articles at its "Điều N." headings, as rows shaped like ALQAC's corpus (title line, blank
 * line, body), so the evaluation indexes them exactly as it indexes the typed text.
 *
 * @remarks A stand-in for the site's article parser (owned elsewhere): a line starting "Điều N." opens an article,
 * its remainder is the title, every following line until the next heading is the body.
 */
export function splitArticles(lawId: string, text: string): ArticleRow[] {
  const rows: ArticleRow[] = []
  let current: { id: string; title: string; body: string[] } | undefined
  const flush = () => current && rows.push({ law_id: lawId, article_id: current.id, text: `${current.title}\n\n${current.body.join('\n').trim()}` })
  for (const line of text.split('\n')) {
    const heading = /^Điều (\d+[a-zđ]?)\.\s*(.*)$/u.exec(line)
    if (heading) {
      flush()
      current = { id: heading[1]!, title: heading[2]!, body: [] }
    } else current?.body.push(line)
  }
  flush()
  return rows
}

/** Recall@10 and MRR@10 of the engine on ALQAC: with the typed text, and with the text extracted from each law's PDF. */
export async function searchFromFiles(dataDir: string, fixtures: ExtractionFixtures): Promise<{ typed: VariantSummary; fromPdf: VariantSummary; articles: { typed: number; fromPdf: number } }> {
  const set = await loadRetrievalSet(dataDir)
  const laws = [...new Set(set.rows.map((row) => row.law_id))]
  const rows: ArticleRow[] = []
  for (const law of laws) {
    const pdf = await fixtures.pdf(alqacLaw(dataDir, law))
    const result = await extractText({ data: pdf, filename: `${law}.pdf` })
    if (result.status !== 'done') throw new Error(`eval:files: ${law}: ${JSON.stringify(result)}`)
    rows.push(...splitArticles(law, result.text))
  }
  const engine = async (docs: ReturnType<typeof articleDocument>[]) => (await engineRetrievers(docs)).find((r) => r.name === 'engine')!
  const [typed] = await evaluateRetrieval([await engine(set.docs)], set.queries)
  const [fromPdf] = await evaluateRetrieval([await engine(rows.map(articleDocument))], set.queries)
  return { typed: typed!, fromPdf: fromPdf!, articles: { typed: set.docs.length, fromPdf: rows.length } }
}
