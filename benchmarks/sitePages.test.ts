import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { heaviestSibling } from './sitePages'

describe('heaviestSibling', () => {
  let dir: string | undefined
  afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }))
  const page = (file: string, bytes: number) => {
    fs.mkdirSync(path.join(dir!, path.dirname(file)), { recursive: true })
    fs.writeFileSync(path.join(dir!, file), 'x'.repeat(bytes))
  }

  it('finds the heaviest page of a kind, a paged document’s further page included, never a list', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-site-pages-'))
    page('van-ban/a/index.html', 1000)
    page('van-ban/b/index.html', 3000)
    page('van-ban/b/dieu-106/index.html', 5000)
    page('van-ban/nam/2020/index.html', 9000)
    page('van-ban/trang/2/index.html', 9000)
    expect(heaviestSibling(dir, '/van-ban/a')).toEqual({ path: '/van-ban/b/dieu-106', bytes: 5000 })
    page('van-ban/c/index.html', 6000)
    expect(heaviestSibling(dir, '/van-ban/a')).toEqual({ path: '/van-ban/c', bytes: 6000 })
  })
})
