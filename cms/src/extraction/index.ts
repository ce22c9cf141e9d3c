/**
 * Text from the files agencies upload (PDF, DOCX, DOC, scans through OCR), with no Payload in it: the CMS's
 * extraction job calls `extractText` and stores what it returns on the media document.
 *
 * @remarks `fixLegacyVietnamese` is exported on its own for text typed or pasted in TCVN3/VNI elsewhere.
 */
export { extractText, DEFAULT_MAX_PAGES, type ExtractionInput, type ExtractionOptions, type ExtractionResult } from './extractText'
export { fixLegacyVietnamese } from './legacyVietnamese'
export { tesseractAvailable } from './tesseract'
