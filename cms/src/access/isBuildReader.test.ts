import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { isBuildReader } from './isBuildReader'
import { readsPublicContent } from './isPublicReader'

const as = (roles?: string[]) => ({ user: roles ? { id: 1, collection: 'users', roles } : null }) as unknown as PayloadRequest

describe('isBuildReader', () => {
  it('is true for the build account only: not anonymous visitors, the site account or staff', () => {
    expect(isBuildReader(as(['build']))).toBe(true)
    for (const roles of [undefined, ['site'], ['editor'], ['feedback-officer'], ['admin']]) expect(isBuildReader(as(roles))).toBe(false)
  })
})

describe('readsPublicContent', () => {
  it('lets anonymous visitors, the build account and staff read public content, not the site account', () => {
    for (const roles of [undefined, ['build'], ['editor'], ['feedback-officer'], ['admin']]) expect(readsPublicContent(as(roles))).toBe(true)
    expect(readsPublicContent(as(['site']))).toBe(false)
  })
})
