/** A legal document's text: where it comes from, its structure (articles and their anchors), its plain form. */
export { anchorBodyHtml } from './anchorBodyHtml'
export { documentText, htmlToLines, legalDocumentText, type AttachmentWithText, type DocumentWithText, type TextSource } from './legalDocumentText'
export { articleText, blockText, headingOf, parseLegalText, type LegalArticle, type LegalBlock, type LegalClause, type LegalDivision, type LegalPoint, type LegalText } from './parseLegalText'
export { legalTextHtml, type LegalItem } from './legalTextHtml'
export { LONG_TEXT_BYTES, PART_BYTES, legalTextParts, type LegalTextPart, type LegalTextParts } from './legalTextParts'
export { contentsLabel, contentsListHtml } from './contentsListHtml'
