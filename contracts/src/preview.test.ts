import { describe, expect, it } from 'vitest'
import { isPreviewable, previewPageUrl, readPreviewLink } from './preview'

describe('preview links', () => {
  it('the site reads back what the admin put in the link', () => {
    const link = { collection: 'legal-documents', id: '42', token: 'a.b+c/=' }
    const url = new URL(previewPageUrl('http://localhost:4321', link))
    expect(url.pathname).toBe('/xem-truoc')
    expect(readPreviewLink(url.searchParams)).toEqual(link)
    expect(readPreviewLink(new URLSearchParams())).toEqual({ collection: '', id: '', token: '' })
  })

  it('covers the pages editors draft, not feedback or accounts', () => {
    expect(['procedures', 'legal-documents', 'news', 'pages'].every(isPreviewable)).toBe(true)
    expect(['feedback', 'users', 'questions'].some(isPreviewable)).toBe(false)
  })
})
