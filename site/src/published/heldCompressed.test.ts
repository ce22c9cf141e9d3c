import { describe, expect, it } from 'vitest'
import { HELD_COMPRESSED_MIN_LENGTH, holdTextsCompressed } from './heldCompressed'

const long = (word: string) => `<p>${`${word} `.repeat(HELD_COMPRESSED_MIN_LENGTH / 4)}</p>`

describe('holdTextsCompressed', () => {
  it('reads, copies, serialises and compares as the document did, and leaves short fields as they are', () => {
    const body = long('Điều 1. Phạm vi điều chỉnh')
    const doc = { id: 1, title: 'Luật Viên chức', bodyHtml: body, summary: 'ngắn' }
    const before = structuredClone(doc)
    holdTextsCompressed(doc)
    expect(Object.getOwnPropertyDescriptor(doc, 'bodyHtml')?.get).toBeTypeOf('function')
    expect(Object.getOwnPropertyDescriptor(doc, 'title')?.value).toBe('Luật Viên chức')
    expect(doc.bodyHtml).toBe(body)
    expect({ ...doc }).toEqual(before)
    expect(JSON.parse(JSON.stringify(doc))).toEqual(before)
    expect(structuredClone(doc)).toEqual(before)
    expect(Object.keys(doc)).toEqual(Object.keys(before))
  })

  it('holds a text the language versions share once, and takes a new value when the field is set', () => {
    const body = long('Điều 2')
    const vi = { id: 1, bodyHtml: body }
    const en = { id: 1, bodyHtml: body }
    const seen = new Map<string, Buffer>()
    holdTextsCompressed(vi, seen)
    holdTextsCompressed(en, seen)
    expect(seen.size).toBe(1)
    expect([...seen.values()][0]!.length).toBeLessThan(body.length / 10)
    en.bodyHtml = '<p>Article 2</p>'
    expect(en.bodyHtml).toBe('<p>Article 2</p>')
    expect(vi.bodyHtml).toBe(body)
  })
})
