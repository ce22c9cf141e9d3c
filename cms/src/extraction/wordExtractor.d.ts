/** The part of word-extractor's API (it ships no types) that `extractDoc.ts` uses. */
declare module 'word-extractor' {
  interface WordDocument {
    getBody(): string
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>
  }
}
