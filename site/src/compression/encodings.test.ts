import { describe, expect, it } from 'vitest'
import { brotliQualityFor, etagFor, isCompressibleType, isPrecompressible, negotiateEncoding, PRECOMPRESSED_COPY, varyOnEncoding } from './encodings'

describe('negotiateEncoding', () => {
  it('prefers brotli, then gzip, as browsers ask', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip')
    expect(negotiateEncoding('br')).toBe('br')
    expect(negotiateEncoding('GZIP')).toBe('gzip')
    expect(negotiateEncoding('x-gzip')).toBe('gzip')
    // node:http joins repeated headers with commas; some clients send an array.
    expect(negotiateEncoding(['deflate', 'gzip'])).toBe('gzip')
  })

  it('sends the body as it is when nothing it has is accepted', () => {
    expect(negotiateEncoding(undefined)).toBeUndefined()
    expect(negotiateEncoding('')).toBeUndefined()
    expect(negotiateEncoding('identity')).toBeUndefined()
    expect(negotiateEncoding('deflate, zstd')).toBeUndefined()
    expect(negotiateEncoding(' , ;q=1,')).toBeUndefined()
  })

  it('follows the weights: 0 refuses, the highest wins, brotli on a tie', () => {
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip')
    expect(negotiateEncoding('br;q=0, gzip;q=0')).toBeUndefined()
    expect(negotiateEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip')
    expect(negotiateEncoding('gzip;q=0.8, br;q=0.8')).toBe('br')
    expect(negotiateEncoding('br ; Q=0.001')).toBe('br')
  })

  it('reads * as every coding not named', () => {
    expect(negotiateEncoding('*')).toBe('br')
    expect(negotiateEncoding('br;q=0, *')).toBe('gzip')
    expect(negotiateEncoding('*;q=0')).toBeUndefined()
    expect(negotiateEncoding('gzip, *;q=0')).toBe('gzip')
  })

  it('does not guess at a malformed weight', () => {
    expect(negotiateEncoding('br;q=high, gzip')).toBe('gzip')
    expect(negotiateEncoding('br;q=2')).toBeUndefined()
    expect(negotiateEncoding('br;q=-1, gzip;q=0.1')).toBe('gzip')
    expect(negotiateEncoding('br;q=0.0001')).toBeUndefined()
  })

  it('chooses only among the copies there are', () => {
    expect(negotiateEncoding('br, gzip', ['gzip'])).toBe('gzip')
    expect(negotiateEncoding('br', ['gzip'])).toBeUndefined()
    expect(negotiateEncoding('br, gzip', [])).toBeUndefined()
  })
})

describe('what gets compressed', () => {
  it('precompresses text files of the build by extension', () => {
    for (const file of ['index.html', 'a/b.CSS', 'x.js', 'favicon.svg', 'sitemap.xml', 'thu-tuc.json', 'van-ban.csv', 'robots.txt']) expect(isPrecompressible(file), file).toBe(true)
    for (const file of ['logo.png', 'a.pdf', 'index.html.br', 'index.html.gz', 'Makefile', 'font.woff2']) expect(isPrecompressible(file), file).toBe(false)
  })

  it('compresses text answers on the fly, not images, archives or event streams', () => {
    for (const type of ['text/html; charset=utf-8', 'application/json', 'application/atom+xml', 'application/ld+json', 'image/svg+xml', 'text/csv']) expect(isCompressibleType(type), type).toBe(true)
    for (const type of ['image/png', 'application/pdf', 'application/gzip', 'text/event-stream', '', 'application/octet-stream']) expect(isCompressibleType(type), type).toBe(false)
  })

  it('spends brotli’s highest quality on the fingerprinted assets only', () => {
    expect(brotliQualityFor('_astro/BaseLayout.DtcyHRb4.css')).toBe(11)
    expect(brotliQualityFor('thu-tuc/index.html')).toBe(5)
    expect(brotliQualityFor('du-lieu/van-ban.json')).toBe(5)
  })

  it('recognises a URL naming a precompressed copy', () => {
    expect(PRECOMPRESSED_COPY.test('/thu-tuc/index.html.br')).toBe(true)
    expect(PRECOMPRESSED_COPY.test('/du-lieu/thu-tuc.json.gz')).toBe(true)
    expect(PRECOMPRESSED_COPY.test('/thu-tuc/1.001.br')).toBe(false)
    expect(PRECOMPRESSED_COPY.test('/thu-tuc')).toBe(false)
  })
})

describe('headers of a compressed answer', () => {
  it('adds Accept-Encoding to Vary once', () => {
    expect(varyOnEncoding(undefined)).toBe('Accept-Encoding')
    expect(varyOnEncoding('Origin')).toBe('Origin, Accept-Encoding')
    expect(varyOnEncoding('accept-encoding')).toBe('accept-encoding')
    expect(varyOnEncoding(['Origin', 'Cookie'])).toBe('Origin, Cookie, Accept-Encoding')
    expect(varyOnEncoding('*')).toBe('*')
  })

  it('gives each coding its own entity tag', () => {
    expect(etagFor('W/"42fd-1a2"', 'br')).toBe('W/"42fd-1a2-br"')
    expect(etagFor('"abc"', 'gzip')).toBe('"abc-gzip"')
  })
})
