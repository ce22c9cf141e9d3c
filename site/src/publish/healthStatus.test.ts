import { describe, expect, it } from 'vitest'
import { healthStatus } from './healthStatus'

const healthy = { serving: true, searchAnswering: true, searchAllUp: true, publishFailed: false }

describe('healthStatus', () => {
  it('is ok when a build is live, every search engine answers and the last publish went through', () => {
    expect(healthStatus(healthy)).toBe('ok')
  })

  it('stays up, degraded, while Meilisearch is out and the embedded index answers the searches', () => {
    expect(healthStatus({ ...healthy, searchAllUp: false })).toBe('degraded')
  })

  it('is degraded while the last publish failed (the previous build is still served)', () => {
    expect(healthStatus({ ...healthy, publishFailed: true })).toBe('degraded')
  })

  it('is down with no build live, or when no search engine answers', () => {
    expect(healthStatus({ ...healthy, serving: false })).toBe('down')
    expect(healthStatus({ ...healthy, searchAnswering: false, searchAllUp: false })).toBe('down')
  })
})
