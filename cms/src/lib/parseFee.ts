/**
 * Reads a fee in đồng from portal text: `200.000 đồng/hộ chiếu` → 200000; `Không`, `Miễn phí` → 0.
 *
 * @remarks Returns null when the text names no amount (or says there is no information), so callers keep the text
 * instead of inventing a number.
 */
export function parseFee(text: string): number | null {
  const normalized = text.normalize('NFC').trim()
  // \b only knows ASCII letters, so word ends are spelled out for Vietnamese.
  if (/^không (có thông tin|quy định)(?![\p{L}\p{N}])/iu.test(normalized)) return null
  if (/^(không|miễn phí|không thu|không có)(?![\p{L}\p{N}])/iu.test(normalized)) return 0
  const match = normalized.match(/(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:việt nam đồng|đồng|VNĐ|VND|đ)(?![\p{L}\p{N}])/iu)
  return match ? Number(match[1].replace(/[.,]/g, '')) : null
}
