import { describe, expect, it } from 'vitest'
import { splitArticles } from './searchFromFiles'

describe('splitArticles', () => {
  it('cuts extracted text into ALQAC-shaped articles at "Điều N." lines, dropping what comes before the first', () => {
    const text = 'Luật Cư trú 2020\n\nĐiều 1. Phạm vi điều chỉnh\n\nLuật này quy định\nvề cư trú.\n\nĐiều 2a. Giải thích từ ngữ\n1. Chỗ ở hợp pháp'
    expect(splitArticles('Luật Cư trú 2020', text)).toEqual([
      { law_id: 'Luật Cư trú 2020', article_id: '1', text: 'Phạm vi điều chỉnh\n\nLuật này quy định\nvề cư trú.' },
      { law_id: 'Luật Cư trú 2020', article_id: '2a', text: 'Giải thích từ ngữ\n\n1. Chỗ ở hợp pháp' },
    ])
  })
})
