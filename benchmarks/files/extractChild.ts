/**
 * Child process of `npm run eval:files`: extracts one file and prints, as one JSON line, the outcome, the seconds it
 * took and this process's peak resident memory.
 *
 * @remarks A process of its own, so that its peak memory (`maxRSS`) is the extraction's and nothing else's; Tesseract
 * runs in grandchildren, whose peak the parent reads from `/usr/bin/time` when it is there.
 */
import { readFile } from 'node:fs/promises'
import { extractText } from '@congkhai/cms/extraction'

const file = process.argv[2]
if (!file) throw new Error('usage: extractChild.ts <file>')
const data = await readFile(file)
// pdf.js is loaded by the import above, as in the CMS before any job runs; its share of the peak is reported apart.
const baselineRssKb = Math.round(process.memoryUsage().rss / 1024)
const started = performance.now()
const result = await extractText({ data, filename: file })
const seconds = (performance.now() - started) / 1000
const { text, ...outcome } = result.status === 'done' ? result : { ...result, text: '' }
console.log(JSON.stringify({ ...outcome, textLength: text.length, seconds, baselineRssKb, maxRssKb: process.resourceUsage().maxRSS }))
