import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { precompressFolder } from '../compression/precompress'
import { withFirst, writePatch, type Patch } from './writePatch'

describe('writePatch', () => {
  let buildDir: string | undefined
  afterEach(() => buildDir && fs.rmSync(buildDir, { recursive: true, force: true }))

  const page = (title: string) => `<!doctype html><html lang="vi"><h1>${title}</h1>${'<p>Căn cứ pháp lý của thủ tục</p>'.repeat(60)}</html>`
  const patch = (pass: number, pages: Patch['pages'], removals: Patch['removals'] = []): Patch => ({
    pass,
    pages,
    removals,
    documents: 1,
    at: { started: Date.now(), read: Date.now(), scanned: Date.now(), rendered: Date.now() },
    slowest: [],
  })

  it('replaces a page and its brotli and gzip copies together, and removes copies a page no longer has or that went with it', async () => {
    buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-patch-'))
    const target = path.join(buildDir, 'client', 'van-ban', 'x', 'index.html')
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, page('Bản cũ'))
    await precompressFolder(path.join(buildDir, 'client'))
    const read = (suffix: string, decode: (b: Buffer) => Buffer) => decode(fs.readFileSync(`${target}${suffix}`)).toString()
    const copies = () => ({ br: read('.br', zlib.brotliDecompressSync), gz: read('.gz', zlib.gunzipSync) })
    expect(copies().br).toContain('Bản cũ')

    // Until the page is no longer read, the old page and its old copies stay; then all three are the new version.
    const seenWhileWaiting: string[] = []
    const fresh = page('Bản mới')
    await writePatch(buildDir, patch(1, [{ pathname: '/van-ban/x', file: 'van-ban/x/index.html', body: Buffer.from(fresh) }]), async () => {
      seenWhileWaiting.push(fs.readFileSync(target, 'utf8'), copies().br, copies().gz)
    })
    expect(seenWhileWaiting.every((body) => body.includes('Bản cũ'))).toBe(true)
    expect(fs.readFileSync(target, 'utf8')).toBe(fresh)
    // A stale copy beside the new page would give brotli and gzip clients the old one.
    expect(copies()).toEqual({ br: fresh, gz: fresh })
    expect(fs.statSync(`${target}.br`).mtimeMs).toBeGreaterThanOrEqual(fs.statSync(target).mtimeMs)

    // Too small for copies now: the old ones go.
    await writePatch(buildDir, patch(2, [{ pathname: '/van-ban/x', file: 'van-ban/x/index.html', body: Buffer.from('<p>ngắn</p>') }]), async () => undefined)
    expect(fs.existsSync(`${target}.br`)).toBe(false)
    expect(fs.existsSync(`${target}.gz`)).toBe(false)

    await writePatch(buildDir, patch(3, [{ pathname: '/van-ban/x', file: 'van-ban/x/index.html', body: Buffer.from(fresh) }]), async () => undefined)
    expect(copies().br).toBe(fresh)
    const result = await writePatch(buildDir, patch(4, [], [{ pathname: '/van-ban/x', file: 'van-ban/x/index.html', folder: true }]), async () => undefined)
    expect(result.removed).toBe(1)
    expect(fs.existsSync(path.dirname(target))).toBe(false)
    expect(fs.readdirSync(path.join(buildDir, '.patch'))).toEqual([])
  })

  it('removes a paged document with its parts and leaves no empty folder, whichever page goes first', async () => {
    buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-patch-'))
    const client = path.join(buildDir, 'client')
    const files = ['van-ban/x/index.html', 'van-ban/x/dieu-106/index.html', 'van-ban/x/dieu-228/index.html', 'van-ban/y/index.html']
    for (const file of files) {
      fs.mkdirSync(path.join(client, path.dirname(file)), { recursive: true })
      fs.writeFileSync(path.join(client, file), page(file))
    }
    const removals = files.slice(0, 3).map((file) => ({ pathname: `/${path.dirname(file)}`, file, folder: true }))
    await writePatch(buildDir, patch(1, [], removals), async () => undefined)
    expect(fs.existsSync(path.join(client, 'van-ban', 'x'))).toBe(false)
    expect(fs.readdirSync(path.join(client, 'van-ban'))).toEqual(['y'])
  })
})

describe('withFirst', () => {
  const result = (rendered: number, durationMs: number) => ({ documents: 1, rendered, removed: 0, durationMs, phasesMs: { read: 0, scan: 0, render: 0, compress: 0, write: 0 }, slowest: [] })
  it('reports the pages written ahead and when they were live, and nothing when none was', () => {
    expect(withFirst(result(40, 900), result(2, 150)).first).toEqual({ pages: 2, liveMs: 150 })
    expect(withFirst(result(40, 900), result(0, 10)).first).toBeUndefined()
    expect(withFirst(result(40, 900), undefined).first).toBeUndefined()
  })
})
