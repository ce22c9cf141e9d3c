import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { copyPath, precompress, precompressFolder } from './precompress'
import { precompressInProcess } from './precompressProcess'

const page = (words: number) => `<!doctype html><html lang="vi"><body>${Array.from({ length: words }, (_, i) => `<p>Thủ tục hành chính số ${i}</p>`).join('')}</body></html>`

let dir: string | undefined
afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }))

describe('precompress', () => {
  it('makes brotli and gzip copies that decode to the file', async () => {
    const body = Buffer.from(page(200))
    const copies = await precompress('thu-tuc/index.html', body)
    expect(zlib.brotliDecompressSync(copies.br!).equals(body)).toBe(true)
    expect(zlib.gunzipSync(copies.gzip!).equals(body)).toBe(true)
    expect(copies.br!.byteLength).toBeLessThan(body.byteLength / 4)
  })

  it('makes none for a small file, a file that does not shrink, or a type it does not compress', async () => {
    expect(await precompress('index.html', Buffer.from('<p>ngắn</p>'))).toEqual({})
    expect(await precompress('data.json', randomBytes(8192))).toEqual({})
    expect(await precompress('logo.png', Buffer.from(page(200)))).toEqual({})
  })
})

describe('precompressFolder', () => {
  it('writes the copies of every compressible file of a build, and removes stale ones', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-precompress-'))
    fs.mkdirSync(path.join(dir, 'thu-tuc', '1.001'), { recursive: true })
    fs.mkdirSync(path.join(dir, '_astro'))
    const files = { 'index.html': page(100), 'thu-tuc/1.001/index.html': page(300), '_astro/site.css': `body{margin:0}\n`.repeat(200), 'robots.txt': 'User-agent: *\n' }
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text)
    fs.writeFileSync(path.join(dir, 'logo.png'), randomBytes(4096))
    // A copy of a file that is now too small to get one: it must not outlive it.
    fs.writeFileSync(path.join(dir, 'robots.txt.br'), zlib.brotliCompressSync(page(100)))

    const report = await precompressFolder(dir, { concurrency: 2 })
    expect(report.files).toBe(3)
    expect(report.copies).toEqual({ br: 3, gzip: 3 })
    for (const name of ['index.html', 'thu-tuc/1.001/index.html', '_astro/site.css']) {
      const file = path.join(dir, name)
      const body = fs.readFileSync(file)
      expect(zlib.brotliDecompressSync(fs.readFileSync(copyPath(file, 'br'))).equals(body), name).toBe(true)
      expect(zlib.gunzipSync(fs.readFileSync(copyPath(file, 'gzip'))).equals(body), name).toBe(true)
      // Never older than its file: the site server ignores a copy that is.
      expect(fs.statSync(copyPath(file, 'br')).mtimeMs).toBeGreaterThanOrEqual(fs.statSync(file).mtimeMs)
    }
    expect(fs.existsSync(path.join(dir, 'robots.txt.br'))).toBe(false)
    expect(fs.existsSync(path.join(dir, 'logo.png.br'))).toBe(false)
    // Written under a temporary name and renamed: none is left behind.
    expect(fs.readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.tmp'))).toEqual([])
  })

  it('precompresses a live build in a process of its own and reports what it did', { timeout: 60_000 }, async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-precompress-'))
    fs.writeFileSync(path.join(dir, 'index.html'), page(200))
    const lines: string[] = []
    await precompressInProcess(dir, (line) => lines.push(line))
    expect(lines.join('\n')).toMatch(/^precompressed 1 files .*brotli 1 .*gzip 1 /)
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'index.html.br'))).toString()).toBe(page(200))
    await expect(precompressInProcess(path.join(dir, 'missing'), () => undefined)).rejects.toThrow(/precompress failed/)
  })

  it('stopped through its signal (a full build replaces the build), ends without an error', { timeout: 60_000 }, async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-precompress-'))
    fs.writeFileSync(path.join(dir, 'index.html'), page(200))
    const stop = new AbortController()
    stop.abort()
    await expect(precompressInProcess(dir, () => undefined, stop.signal)).resolves.toBeUndefined()
    const late = new AbortController()
    const run = precompressInProcess(dir, () => undefined, late.signal)
    setTimeout(() => late.abort(), 50)
    await expect(run).resolves.toBeUndefined()
  })
})
