import { describe, expect, it } from 'vitest'
import { siteConfig } from '../config'
import { astroBuildArgs, buildFailure } from './buildSite'

describe('astroBuildArgs', () => {
  it('runs astro build into the folder with the heap capped at SITE_BUILD_HEAP_MB', () => {
    const args = astroBuildArgs('/tmp/out')
    expect(args[0]).toBe(`--max-old-space-size=${siteConfig.SITE_BUILD_HEAP_MB}`)
    expect(args[1]).toMatch(/astro[\\/]bin[\\/]astro\.mjs$/)
    expect(args.slice(2)).toEqual(['build', '--outDir', '/tmp/out'])
  })
})

describe('buildFailure', () => {
  it('gives the exit code and last lines, and says to raise SITE_BUILD_HEAP_MB when the heap ran out', () => {
    expect(buildFailure(1, ['error: CMS unreachable'])).toBe('astro build failed (exit 1):\nerror: CMS unreachable')
    const oom = buildFailure(134, ['FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'])
    expect(oom).toContain(`tăng SITE_BUILD_HEAP_MB`)
    expect(oom).toContain(`${siteConfig.SITE_BUILD_HEAP_MB} MB`)
  })
})
