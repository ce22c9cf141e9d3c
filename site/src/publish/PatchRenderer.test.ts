import { describe, expect, it } from 'vitest'
import { outputFile, pathFor } from './PatchRenderer'

const part = (content: string, dynamic = false) => ({ content, dynamic, spread: content.startsWith('...') })

describe('pathFor', () => {
  it('fills named and rest parameters, and leaves out an empty rest', () => {
    const filter = { segments: [[part('van-ban')], [part('...filter', true)]] }
    expect(pathFor(filter, { filter: 'nam/2020/cu-nhat' })).toBe('/van-ban/nam/2020/cu-nhat')
    expect(pathFor(filter, { filter: undefined })).toBe('/van-ban')
    expect(pathFor({ segments: [[part('en')], [part('van-ban')], [part('slug', true)]] }, { slug: '15-2020-qd-ubnd' })).toBe('/en/van-ban/15-2020-qd-ubnd')
    expect(pathFor({ segments: [] }, {})).toBe('/')
    // One route for both languages: `[...lang]/thu-tuc/[code]`, the language left out for Vietnamese.
    const bilingual = { segments: [[part('...lang', true)], [part('thu-tuc')], [part('code', true)]] }
    expect(pathFor(bilingual, { lang: undefined, code: '1.001' })).toBe('/thu-tuc/1.001')
    expect(pathFor(bilingual, { lang: 'en', code: '1.001' })).toBe('/en/thu-tuc/1.001')
    expect(pathFor({ segments: [[part('...lang', true)]] }, { lang: undefined })).toBe('/')
  })
})

describe('outputFile', () => {
  it('writes pages as folders with an index, endpoints under their own name, and the 404 page beside them', () => {
    expect(outputFile({ type: 'page', route: '/van-ban/[slug]' }, '/van-ban/x')).toBe('van-ban/x/index.html')
    expect(outputFile({ type: 'page', route: '/' }, '/')).toBe('index.html')
    expect(outputFile({ type: 'endpoint', route: '/sitemap.xml' }, '/sitemap.xml')).toBe('sitemap.xml')
    expect(outputFile({ type: 'page', route: '/404' }, '/404')).toBe('404.html')
  })
})
