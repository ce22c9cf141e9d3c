import { Readable } from 'node:stream'
import type http from 'node:http'
import { describe, expect, it } from 'vitest'
import { readJson, secretMatches } from './internalHttp'

const body = (text: string) => Readable.from([Buffer.from(text)]) as unknown as http.IncomingMessage

describe('internal routes', () => {
  it('takes only the exact secret, and a JSON body within its limit', async () => {
    expect(secretMatches('s3cret', 's3cret')).toBe(true)
    for (const given of ['s3cre', 's3cret!', '', undefined]) expect(secretMatches(given, 's3cret')).toBe(false)
    expect(await readJson(body('{"full":true}'))).toEqual({ full: true })
    await expect(readJson(body('x'.repeat(20)), 10)).rejects.toThrow(/too large/)
  })
})
