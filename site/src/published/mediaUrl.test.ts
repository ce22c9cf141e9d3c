import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Media } from '@congkhai/cms/payload-types'

/** `mediaUrl` from a fresh `published/cms` that read this environment. */
async function mediaUrlWith(env: Record<string, string>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
  vi.resetModules()
  return (await import('./cms')).mediaUrl
}

const upload = (url: string) => ({ id: 1, url }) as Media

afterEach(() => vi.unstubAllEnvs())

describe('mediaUrl', () => {
  it('links an upload under PUBLIC_MEDIA_URL, whatever address the CMS built its URL from', async () => {
    // As in docker-compose.yml: the CMS's own address is loopback on the host, the site reads it as http://cms:3000.
    const mediaUrl = await mediaUrlWith({ CMS_URL: 'http://cms:3000', PUBLIC_MEDIA_URL: 'https://songoaivu.example.gov.vn' })
    expect(mediaUrl(upload('http://localhost:3000/api/media/file/m%E1%BA%ABu%2001.pdf'))).toBe('https://songoaivu.example.gov.vn/api/media/file/m%E1%BA%ABu%2001.pdf')
    expect(mediaUrl(upload('/api/media/file/anh.png?v=2'))).toBe('https://songoaivu.example.gov.vn/api/media/file/anh.png?v=2')
    expect(mediaUrl(42)).toBeUndefined()
    expect(mediaUrl({ id: 1 } as Media)).toBeUndefined()
  })

  it('links uploads on the CMS itself without PUBLIC_MEDIA_URL (npm start)', async () => {
    const mediaUrl = await mediaUrlWith({ CMS_URL: 'http://localhost:3000' })
    expect(mediaUrl(upload('http://localhost:3000/api/media/file/a.pdf'))).toBe('http://localhost:3000/api/media/file/a.pdf')
  })
})
