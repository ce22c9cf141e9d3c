import { describe, expect, it } from 'vitest'
import { horizontalBars, niceScale, stackedColumns } from './charts'

describe('chart geometry', () => {
  it('rounds the axis up to even steps', () => {
    expect(niceScale(7)).toEqual({ max: 8, step: 2 })
    expect(niceScale(14)).toEqual({ max: 15, step: 5 })
    expect(niceScale(23)).toEqual({ max: 25, step: 5 })
    expect(niceScale(0)).toEqual({ max: 4, step: 1 })
  })

  it('stacks segments from the baseline, heights proportional to values', () => {
    const box = { width: 240, height: 140, left: 20, right: 20, top: 10, bottom: 30 }
    const { columns, baseline, ticks } = stackedColumns([{ label: 'Q1', segments: [{ key: 'a', value: 6 }, { key: 'b', value: 2 }] }, { label: 'Q2', segments: [{ key: 'a', value: 4 }, { key: 'b', value: 0 }] }], box)
    // 8 → axis 0..8 over 100 px: 12.5 px per dossier.
    expect(baseline).toBe(110)
    expect(ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8])
    expect(columns[0].segments).toEqual([
      { key: 'a', value: 6, y: 35, height: 75 },
      { key: 'b', value: 2, y: 10, height: 25 },
    ])
    expect(columns[1].top).toBe(60)
    expect(columns[1].x).toBeGreaterThan(columns[0].x + columns[0].width)
  })

  it('bars are proportional to the largest value', () => {
    const { bars, height } = horizontalBars([{ label: 'A', value: 10 }, { label: 'B', value: 5, text: '5 (33%)' }], { width: 400, row: 30, labelWidth: 100, valueWidth: 100 })
    expect(bars.map((b) => [b.width, b.y, b.text])).toEqual([[200, 0, '10'], [100, 30, '5 (33%)']])
    expect(height).toBe(60)
  })
})
