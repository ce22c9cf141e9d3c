/**
 * Geometry of the dashboard's charts, computed at build time and drawn as SVG by the components in
 * `components/stats/`: no chart library reaches the browser.
 */

/** A rounded-up axis maximum with 4 or 5 even steps: 7 → 8 (steps of 2), 23 → 25 (steps of 5). */
export function niceScale(max: number): { max: number; step: number } {
  if (max <= 0) return { max: 4, step: 1 }
  const candidates = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000]
  const step = candidates.find((s) => Math.ceil(max / s) <= 5) ?? Math.pow(10, Math.ceil(Math.log10(max / 5)))
  return { max: Math.ceil(max / step) * step, step }
}

/** One stacked column: its label, the segments from the bottom up, and a note drawn above it. */
export interface ColumnInput {
  label: string
  segments: { key: string; value: number }[]
  note?: string
}

/** A column ready to draw: segment rectangles in chart coordinates (y grows downwards). */
export interface ColumnShape {
  label: string
  note?: string
  x: number
  width: number
  top: number
  segments: { key: string; value: number; y: number; height: number }[]
}

/** The layout of a stacked column chart in a `width` × `height` box, leaving `margin` for axes and labels. */
export function stackedColumns(columns: ColumnInput[], box = { width: 640, height: 260, left: 40, right: 10, top: 24, bottom: 36 }) {
  const totals = columns.map((c) => c.segments.reduce((n, s) => n + s.value, 0))
  const scale = niceScale(Math.max(0, ...totals))
  const plotWidth = box.width - box.left - box.right
  const plotHeight = box.height - box.top - box.bottom
  const slot = columns.length > 0 ? plotWidth / columns.length : plotWidth
  const width = Math.min(56, slot * 0.6)
  const y = (value: number) => box.top + plotHeight - (value / scale.max) * plotHeight
  const shapes: ColumnShape[] = columns.map((c, i) => {
    let base = 0
    const segments = c.segments.map((s) => {
      const shape = { key: s.key, value: s.value, y: y(base + s.value), height: y(base) - y(base + s.value) }
      base += s.value
      return shape
    })
    return { label: c.label, note: c.note, x: box.left + slot * i + (slot - width) / 2, width, top: y(base), segments }
  })
  const ticks = Array.from({ length: scale.max / scale.step + 1 }, (_, i) => ({ value: i * scale.step, y: y(i * scale.step) }))
  return { box, columns: shapes, ticks, baseline: y(0) }
}

/** One horizontal bar, its length proportional to the largest value. */
export interface BarShape {
  label: string
  value: number
  text: string
  y: number
  width: number
}

/** The layout of a horizontal bar chart: one row per item, `labelWidth` kept for the names on the left. */
export function horizontalBars(items: { label: string; value: number; text?: string }[], box = { width: 640, row: 34, labelWidth: 250, valueWidth: 90 }) {
  const max = Math.max(0, ...items.map((i) => i.value))
  const plot = box.width - box.labelWidth - box.valueWidth
  const bars: BarShape[] = items.map((item, i) => ({
    label: item.label,
    value: item.value,
    text: item.text ?? String(item.value),
    y: i * box.row,
    width: max === 0 ? 0 : (item.value / max) * plot,
  }))
  return { box, bars, height: Math.max(1, items.length) * box.row }
}
