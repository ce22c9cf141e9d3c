import { describe, expect, it } from 'vitest'
import { siteConfig } from '../config'
import { astroBuildArgs } from './buildSite'

describe('astroBuildArgs', () => {
  it('runs astro build into the folder with the heap capped at SITE_BUILD_HEAP_MB', () => {
    const args = astroBuildArgs('/tmp/out')
    expect(args[0]).toBe(`--max-old-space-size=${siteConfig.SITE_BUILD_HEAP_MB}`)
    expect(args[1]).toMatch(/astro[\\/]bin[\\/]astro\.mjs$/)
    expect(args.slice(2)).toEqual(['build', '--outDir', '/tmp/out'])
  })
})
