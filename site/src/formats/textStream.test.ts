import { describe, expect, it } from 'vitest'
import { textStream } from './textStream'

describe('textStream', () => {
  it('gives the parts joined, as UTF-8, in chunks of about the length asked for', async () => {
    const parts = ['\uFEFF', 'số,tên\r\n', ...Array.from({ length: 1000 }, (_, i) => `${i},Thủ tục cấp hộ chiếu ngoại giao\r\n`)]
    const chunks: Uint8Array[] = []
    const reader = textStream(parts, 4096).getReader()
    for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value)
    expect(chunks.length).toBeGreaterThan(5)
    expect(Buffer.concat(chunks).toString('utf8')).toBe(parts.join(''))
    expect(Buffer.concat(chunks).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })

  it('asks for parts only as the body is read', async () => {
    let asked = 0
    function* parts() {
      for (let i = 0; i < 100; i++) {
        asked++
        yield 'x'.repeat(1000)
      }
    }
    const reader = textStream(parts(), 10_000).getReader()
    await reader.read()
    expect(asked).toBeLessThan(30)
    expect(await new Response(textStream(['a', 'b'])).text()).toBe('ab')
  })
})
