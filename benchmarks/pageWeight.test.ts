import { describe, expect, it } from 'vitest'
import { inlineScriptBytes, pageWeight } from './pageWeight'

describe('pageWeight', () => {
  it('reads transferred bytes, script bytes and requests from a Lighthouse result', () => {
    const lhr = {
      audits: {
        'total-byte-weight': { numericValue: 23_456 },
        'resource-summary': {
          details: {
            items: [
              { resourceType: 'total', transferSize: 23_000, requestCount: 4 },
              { resourceType: 'document', transferSize: 15_000, requestCount: 1 },
              { resourceType: 'script', transferSize: 1_234, requestCount: 1 },
            ],
          },
        },
      },
    }
    expect(pageWeight(lhr)).toEqual({ totalBytes: 23_456, scriptBytes: 1_234, requests: 4 })
  })

  it('counts no JavaScript when a page loads none', () => {
    const lhr = { audits: { 'resource-summary': { details: { items: [{ resourceType: 'total', transferSize: 9_000, requestCount: 2 }] } } } }
    expect(pageWeight(lhr)).toEqual({ totalBytes: 9_000, scriptBytes: 0, requests: 2 })
  })
})

describe('inlineScriptBytes', () => {
  it('counts inline scripts and modules, not external scripts or JSON-LD', () => {
    const html = [
      '<script type="module">let a = 1</script>',
      '<script>b()</script>',
      '<script src="/x.js"></script>',
      '<script type="application/ld+json">{"@type":"Legislation"}</script>',
    ].join('')
    expect(inlineScriptBytes(html)).toBe('let a = 1'.length + 'b()'.length)
  })
})
