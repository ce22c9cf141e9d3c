import { describe, expect, it } from 'vitest'
import { inEveryLocale, localeFromPath, localePaths, localizePath, switchLocalePath, translator } from './locale'

describe('locale helpers', () => {
  it('reads the language from the path', () => {
    expect(localeFromPath('/')).toBe('vi')
    expect(localeFromPath('/en')).toBe('en')
    expect(localeFromPath('/en/thu-tuc/1.003862')).toBe('en')
    expect(localeFromPath('/english-page')).toBe('vi')
  })

  it('maps a Vietnamese path to each language and back', () => {
    expect(localizePath('/', 'en')).toBe('/en')
    expect(localizePath('/van-ban/nam/2020', 'en')).toBe('/en/van-ban/nam/2020')
    expect(localizePath('/van-ban', 'vi')).toBe('/van-ban')
    expect(switchLocalePath('/thu-tuc/')).toEqual({ locale: 'en', path: '/en/thu-tuc' })
    expect(switchLocalePath('/en/')).toEqual({ locale: 'vi', path: '/' })
    expect(switchLocalePath('/en/tin-tuc/trang/2')).toEqual({ locale: 'vi', path: '/tin-tuc/trang/2' })
  })

  it('fills placeholders in UI strings', () => {
    expect(translator('vi')('search.found', { n: 3, q: 'hộ chiếu' })).toBe('Tìm thấy 3 kết quả cho “hộ chiếu”.')
    expect(translator('en')('pagination.pageOf', { n: 2, total: 5 })).toBe('Page 2 of 5')
  })
})

describe('inEveryLocale', () => {
  it('gives each language its paths, with the language as a parameter (none for Vietnamese) and a prop', async () => {
    const paths = await inEveryLocale(async (locale) => [{ params: { code: `${locale}-1` }, props: { title: locale } }])
    expect(paths).toEqual([
      { params: { code: 'vi-1', lang: undefined }, props: { title: 'vi', locale: 'vi' } },
      { params: { code: 'en-1', lang: 'en' }, props: { title: 'en', locale: 'en' } },
    ])
    expect(await localePaths()).toEqual([
      { params: { lang: undefined }, props: { locale: 'vi' } },
      { params: { lang: 'en' }, props: { locale: 'en' } },
    ])
  })
})
