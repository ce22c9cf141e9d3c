import { describe, expect, it } from 'vitest'
import { articleId, type ArticleRow } from '../eval/retrievalSet'
import { chooseLaws, queriesWithin, rowsWithin } from './lawSubset'

const rows: ArticleRow[] = [
  { law_id: 'Luật Dài 2020', article_id: '1', text: 'x'.repeat(500) },
  { law_id: 'Luật Phòng, chống ma túy 2021', article_id: '1', text: 'x'.repeat(900) },
  { law_id: 'Luật Ngắn 2016', article_id: '1', text: 'x'.repeat(100) },
  { law_id: 'Luật Vừa 2018', article_id: '1', text: 'x'.repeat(150) },
  { law_id: 'Luật Vừa 2018', article_id: '2', text: 'x'.repeat(150) },
]
const query = (id: string, ...answers: [string, string][]) => ({ id, text: id, relevant: new Set(answers.map(([law, n]) => articleId(law, n))) })

describe('chooseLaws', () => {
  it('takes every law, shortest first, without --laws', () => {
    expect(chooseLaws(rows)).toEqual(['Luật Ngắn 2016', 'Luật Vừa 2018', 'Luật Dài 2020', 'Luật Phòng, chống ma túy 2021'])
  })

  it('takes the N shortest laws for a number, counting all of a law’s articles', () => {
    expect(chooseLaws(rows, '2')).toEqual(['Luật Ngắn 2016', 'Luật Vừa 2018'])
  })

  it('takes named laws, shortest first, and names the laws there are when one is unknown', () => {
    expect(chooseLaws(rows, 'Luật Dài 2020; Luật Ngắn 2016')).toEqual(['Luật Ngắn 2016', 'Luật Dài 2020'])
    expect(() => chooseLaws(rows, 'Luật Dài 2020;Luật Khác 2000')).toThrow(/no law named Luật Khác 2000; the laws are: Luật Ngắn 2016/)
    expect(chooseLaws(rows, 'Luật Phòng, chống ma túy 2021')).toEqual(['Luật Phòng, chống ma túy 2021'])
    expect(() => chooseLaws(rows, '0')).toThrow(/at least one law/)
  })
})

describe('queriesWithin', () => {
  it('keeps only the queries whose relevant articles all lie in the chosen laws', () => {
    const queries = [
      query('inside', ['Luật Ngắn 2016', '1']),
      query('both-inside', ['Luật Ngắn 2016', '1'], ['Luật Vừa 2018', '2']),
      query('half-outside', ['Luật Ngắn 2016', '1'], ['Luật Dài 2020', '1']),
      query('outside', ['Luật Dài 2020', '1']),
    ]
    expect(queriesWithin(queries, ['Luật Ngắn 2016', 'Luật Vừa 2018']).map((q) => q.id)).toEqual(['inside', 'both-inside'])
  })

  it('does not take a law for another whose name it begins', () => {
    expect(queriesWithin([query('q', ['Luật Ngắn 2016 sửa đổi', '1'])], ['Luật Ngắn 2016'])).toEqual([])
  })
})

describe('rowsWithin', () => {
  it('keeps the articles of the chosen laws', () => {
    expect(rowsWithin(rows, ['Luật Vừa 2018']).map((r) => `${r.law_id}/${r.article_id}`)).toEqual(['Luật Vừa 2018/1', 'Luật Vừa 2018/2'])
  })
})
