/**
 * Brings extracted text to the agreed form: NFC, Unix line ends, no trailing spaces, at most one blank line between
 * paragraphs, and each "Điều N." heading at the start of its own line.
 *
 * @remarks A heading run into the previous sentence ("… như sau. Điều 5. Phạm vi") happens with text layers that lack
 * line ends; only a heading after a sentence end is split off, so "theo Điều 5." inside a sentence is left alone.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/\f/g, '\n\n')
    .replace(/([.;:!?])[ \t]+(Điều\s+\d+[a-zđ]?\.\s)/gu, '$1\n$2')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
