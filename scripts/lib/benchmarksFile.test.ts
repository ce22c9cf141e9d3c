import { describe, expect, it } from 'vitest'
import { replaceSection } from './benchmarksFile'

describe('replaceSection', () => {
  const file = '# Benchmarks\n\nIntro.\n\n## Search\n\nold figures\n\n## Site\n\nsite figures\n'

  it('replaces only the named section', () => {
    expect(replaceSection(file, 'Search', 'new figures')).toBe(
      '# Benchmarks\n\nIntro.\n\n## Search\n\nnew figures\n\n## Site\n\nsite figures\n',
    )
  })

  it('replaces the last section up to the end', () => {
    expect(replaceSection(file, 'Site', 'faster')).toBe(
      '# Benchmarks\n\nIntro.\n\n## Search\n\nold figures\n\n## Site\n\nfaster\n',
    )
  })

  it('appends a section the file does not have', () => {
    expect(replaceSection('# Benchmarks\n\nIntro.\n', 'Search', 'figures')).toBe(
      '# Benchmarks\n\nIntro.\n\n## Search\n\nfigures\n',
    )
  })
})
