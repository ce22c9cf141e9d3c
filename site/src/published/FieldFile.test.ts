import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { hasFastProperties } from '../testing/hasFastProperties'
import { FieldFile, HELD_ON_DISK_MIN_LENGTH } from './FieldFile'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-fieldfile-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const law = 'Điều 1. Phạm vi điều chỉnh. '.repeat(40)
const field = () => ({ id: 3, name: 'Lãnh sự', slug: 'lanh-su' })
const document = (id: number) => ({
  id,
  number: `${id}/2024/TT-BNG`,
  title: 'Thông tư hướng dẫn',
  issuedDate: '2024-06-05T00:00:00.000Z',
  validity: 'con-hieu-luc',
  expiryDate: null,
  field: field(),
  bodyHtml: `<p>${law}</p>`,
  amends: Array.from({ length: 8 }, (_, i) => ({ id: 100 + i, number: `${i}/2020/TT-BNG`, title: 'Thông tư được sửa đổi' })),
  guides: [],
  _untranslated: ['summary'],
})

describe('FieldFile', () => {
  it('moves the large fields to the file behind getters that give the same values, in a new object; the small ones stay', () => {
    const file = new FieldFile(dir)
    const expected = document(1)
    const doc = file.hold(document(1))
    expect(file.size).toBeGreaterThan(law.length)
    for (const key of ['bodyHtml', 'amends']) expect(Object.getOwnPropertyDescriptor(doc, key)?.get, key).toBeTypeOf('function')
    for (const key of ['number', 'title', 'issuedDate', 'field', 'guides', '_untranslated']) expect(Object.getOwnPropertyDescriptor(doc, key)?.value, key).toBeDefined()
    expect(doc).toEqual(expected)
    expect(Object.keys(doc)).toEqual(Object.keys(expected))
    expect(JSON.stringify(doc)).toBe(JSON.stringify(expected))
  })

  it('makes documents of one shape small objects sharing their hidden class, however many fields they have', () => {
    const file = new FieldFile(dir)
    const wide = (id: number) => ({ ...document(id), ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`extra${i}`, i])) })
    const held = [file.hold(wide(6)), file.hold(wide(7))]
    for (const doc of held) expect(hasFastProperties(doc)).toBe(true)
  })

  it('reads each document from the file, however many are held and in what order they are read', () => {
    const file = new FieldFile(dir)
    const docs = Array.from({ length: 100 }, (_, i) => file.hold(document(i)))
    for (const i of [99, 0, 50, 1, 98]) {
      expect(docs[i]!.amends[0]!.id).toBe(100)
      expect(docs[i]!.bodyHtml).toBe(`<p>${law}</p>`)
    }
  })

  it('keeps the fields named at its making on the heap, however large', () => {
    const file = new FieldFile(dir, new Set(['amends']))
    const doc = file.hold(document(8))
    expect(Object.getOwnPropertyDescriptor(doc, 'amends')?.value).toHaveLength(8)
    expect(Object.getOwnPropertyDescriptor(doc, 'bodyHtml')?.get).toBeTypeOf('function')
  })

  it('stores a value set on a held field on the object again', () => {
    const file = new FieldFile(dir)
    const doc = file.hold(document(2))
    doc.bodyHtml = '<p>Đã sửa.</p>'
    expect(doc.bodyHtml).toBe('<p>Đã sửa.</p>')
    expect(Object.getOwnPropertyDescriptor(doc, 'bodyHtml')?.value).toBe('<p>Đã sửa.</p>')
  })

  it('holds a small embedded document once for every document embedding an equal one', () => {
    const file = new FieldFile(dir)
    const [a, b] = [file.hold(document(3)), file.hold(document(4))]
    expect(a.field).toBe(b.field)
    expect(a.field).toEqual(field())
  })

  it('keeps a text just under the limit on the heap, and leaves no file behind', () => {
    const file = new FieldFile(dir)
    const doc = { id: 5, summary: 'x'.repeat(HELD_ON_DISK_MIN_LENGTH / 2 - 1) }
    expect(file.hold(doc)).toBe(doc)
    expect(file.size).toBe(0)
    expect(Object.getOwnPropertyDescriptor(doc, 'summary')?.value).toBe(doc.summary)
    expect(fs.readdirSync(dir)).toEqual([])
  })
})
