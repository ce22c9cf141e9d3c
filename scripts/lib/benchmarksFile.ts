import { readFile, writeFile } from 'node:fs/promises'

const INTRO =
  '# Benchmarks\n\nMeasured figures; each section is rewritten by the `npm run bench:*` script named in it.\n'

/**
 * Replaces the `## <heading>` section of a Markdown text (up to the next `## ` heading), or appends it.
 *
 * @remarks Other sections are left byte for byte, so benchmark scripts can share one file.
 */
export function replaceSection(markdown: string, heading: string, body: string): string {
  const section = `## ${heading}\n\n${body.trim()}\n`
  const lines = markdown.split('\n')
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`)
  if (start === -1) return `${markdown.trimEnd()}\n\n${section}`
  const next = lines.findIndex((line, i) => i > start && line.startsWith('## '))
  const after = next === -1 ? '' : `\n${lines.slice(next).join('\n')}`
  return `${lines.slice(0, start).join('\n')}${start > 0 ? '\n' : ''}${section}${after}`
}

/** Writes a section into `docs/benchmarks.md` (given as a path), creating the file with a one-line intro if absent. */
export async function writeBenchmarkSection(path: string, heading: string, body: string): Promise<void> {
  const current = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return INTRO
    throw error
  })
  await writeFile(path, replaceSection(current, heading, body))
}
