import { describe, expect, it } from 'vitest'
import { keepDerived } from '../published/derived'
import { jsonDownload } from './openData'

const records = [
  { number: '15/2020/QĐ-UBND', title: 'Quyết định "mẫu"\nhai dòng', titleEn: null, amends: [], basedOn: ['1/2019/NĐ-CP', '2/2019/TT-BNG'], count: 3 },
  { number: '2/2021/NQ-HĐND', title: 'Nghị quyết', titleEn: 'Resolution', amends: ['15/2020/QĐ-UBND'], basedOn: [], count: 0 },
]

async function expectLikeStringify(name: string, list: object[]) {
  const text = await jsonDownload(name, list).text()
  const { generatedAt, source } = JSON.parse(text) as { generatedAt: string; source: string }
  expect(text).toBe(`${JSON.stringify({ source, dataset: name, generatedAt, count: list.length, records: list }, null, 1)}\n`)
}

describe('jsonDownload', () => {
  it('writes what JSON.stringify(body, null, 1) writes, record by record', async () => {
    await expectLikeStringify('van-ban', records)
    await expectLikeStringify('trong', [])
  })

  it('writes the same when the records keep their text between downloads (the site server)', async () => {
    keepDerived()
    await expectLikeStringify('van-ban', records)
    await expectLikeStringify('van-ban', records)
  })
})
