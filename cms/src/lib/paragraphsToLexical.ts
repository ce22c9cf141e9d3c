/**
 * Builds a Lexical rich-text value from plain paragraphs, for seed and import code.
 *
 * @remarks A paragraph that starts with `Điều N.` or `Chương` becomes a heading, as legal texts are laid out.
 */
export function paragraphsToLexical(paragraphs: string[]) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: paragraphs.map((text) => {
        const isHeading = /^(Điều \d+|Chương [IVXLC\d]+)/.test(text)
        const textNode = { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }
        return isHeading
          ? { type: 'heading', tag: 'h3', format: '', indent: 0, version: 1, direction: 'ltr', children: [textNode] }
          : { type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '', children: [textNode] }
      }),
    },
  }
}
