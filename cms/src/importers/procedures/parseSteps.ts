// "Bước n" at the start of a line or straight after a sentence ends, optionally behind "a)", "-" or "+".
const STEP_MARK = /(?:^|(?<=\n)|(?<=[.;:!?])[ \t]*)[ \t]*(?:[a-zđ]\)[ \t]*|[-+*•][ \t]*)?(?=Bước[ \t]*\d+)/gu
// Fallback for texts without "Bước": lettered items "a)", "b)" at line starts.
const LETTER_MARK = /(?:^|(?<=\n))[ \t]*(?=[a-zđ]\)[ \t])/gu

/** Splits `text` before each match of `mark`, keeping non-empty trimmed pieces. */
function splitAt(text: string, mark: RegExp): string[] {
  const starts = Array.from(text.matchAll(mark), (m) => m.index ?? 0).filter((index, i, all) => index !== all[i - 1])
  if (starts[0] !== 0) starts.unshift(0)
  return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length).trim()).filter(Boolean)
}

/**
 * Splits the portal's "Trình tự thực hiện" text into steps, one per "Bước n".
 *
 * @remarks Texts without "Bước" are split on lettered items ("a)", "b)") when there are several, and kept whole
 * otherwise; any text before the first step becomes a step of its own, so nothing is lost.
 */
export function parseSteps(text: string): { text: string }[] {
  const normalized = text.replace(/\r\n?/g, '\n').trim()
  if (!normalized) return []
  let pieces = splitAt(normalized, STEP_MARK)
  if (pieces.length < 2) {
    const lettered = splitAt(normalized, LETTER_MARK)
    if (lettered.length >= 2) pieces = lettered
  }
  return pieces.map((piece) => ({ text: piece }))
}
