import { createCanvas, type Canvas } from '@napi-rs/canvas'
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'

/**
 * Renders one page of a PDF at `dpi` on a white ground, and releases the page's resources before returning.
 *
 * @remarks Used for OCR (200 dpi, `extractPdf`) and by the scan fixtures (300 dpi, as office scanners write); PDF units
 * are 1/72 inch. The caller encodes the canvas and drops it, so one page's pixels (about 35 MB for A4 at 300 dpi, 16 MB
 * at 200) are all that is held.
 */
export async function renderPage(pdf: PDFDocumentProxy, n: number, dpi: number): Promise<Canvas> {
  const page = await pdf.getPage(n)
  try {
    const viewport = page.getViewport({ scale: dpi / 72 })
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
    const context = canvas.getContext('2d')
    context.fillStyle = '#fff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise
    return canvas
  } finally {
    page.cleanup()
  }
}
