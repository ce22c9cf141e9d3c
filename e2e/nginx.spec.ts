import fs from 'node:fs'
import path from 'node:path'
import { sampleFiles } from '@congkhai/cms/testing'
import { expect, test } from '@playwright/test'
import { e2eEnv } from '../playwright.config'
import { productionServerBlock, startNginx, type RunningNginx } from '../scripts/lib/nginx'
import { freePort } from '../scripts/lib/processes'
import { adminHeaders, decoded, published, publishHeaders, rawRequest } from './support'

/** deploy/nginx/congkhai.conf on loopback, in front of the e2e stack's live build and site server. */
let nginx: RunningNginx

test.beforeAll(async ({ request }) => {
  // The live build's precompressed copies are written just after it goes live.
  await published(request)
  const port = await freePort()
  nginx = await startNginx(productionServerBlock({ port, buildsDir: e2eEnv.BUILDS_DIR, upstreamPort: Number(e2eEnv.SITE_PORT), cmsPort: Number(e2eEnv.CMS_PORT) }), port)
})
test.afterAll(async () => nginx?.stop())

test('the live build is a symbolic link nginx can follow', () => {
  const current = path.join(e2eEnv.BUILDS_DIR, 'current')
  expect(fs.lstatSync(current).isSymbolicLink()).toBe(true)
  expect(fs.existsSync(path.join(current, 'client', 'index.html'))).toBe(true)
})

test('static pages come from the build folder, with caching headers and compression', async ({ request }) => {
  const home = await request.get(`${nginx.url}/`, { headers: { 'accept-encoding': 'gzip' } })
  expect(home.status()).toBe(200)
  expect(home.headers()['content-type']).toMatch(/^text\/html/)
  expect(home.headers()['content-encoding']).toBe('gzip')
  expect(home.headers()['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300')
  // Files served by nginx carry their modification time; responses of the Node server do not.
  expect(home.headers()['last-modified']).toBeTruthy()
  const html = await home.text()
  expect(html).toContain('Sở Ngoại vụ')

  const procedure = await request.get(`${nginx.url}/thu-tuc/2.001712`)
  expect(procedure.status()).toBe(200)
  expect(await procedure.text()).toContain('2.001712')
  const feed = await request.get(`${nginx.url}/du-lieu/thu-tuc.json`)
  expect(feed.headers()['content-type']).toMatch(/^application\/json/)

  const asset = html.match(/\/_astro\/[^"']+\.(?:css|js)/)?.[0]
  expect(asset, 'the home page links a fingerprinted asset').toBeTruthy()
  const assetRes = await request.get(`${nginx.url}${asset}`)
  expect(assetRes.status()).toBe(200)
  expect(assetRes.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
})

test('pages go out as the build’s gzip copies (gzip_static), which are not addresses of their own', async () => {
  const client = path.join(e2eEnv.BUILDS_DIR, 'current', 'client')
  for (const [url, file] of [['/thu-tuc', 'thu-tuc/index.html'], ['/', 'index.html'], ['/du-lieu/thu-tuc.json', 'du-lieu/thu-tuc.json']]) {
    const copy = fs.readFileSync(path.join(client, `${file}.gz`))
    const answer = await rawRequest(`${nginx.url}${url}`, { 'accept-encoding': 'gzip' })
    expect(answer.status, url).toBe(200)
    expect(answer.headers['content-encoding'], url).toBe('gzip')
    // The copy itself, with its length (compressing on the fly would send chunks, without one).
    expect(answer.headers['content-length'], url).toBe(String(copy.byteLength))
    expect(answer.body.equals(copy), url).toBe(true)
    expect(decoded(answer).equals(fs.readFileSync(path.join(client, file))), url).toBe(true)
    expect(answer.headers.vary).toBe('Accept-Encoding')
    expect(answer.headers['x-frame-options']).toBe('DENY')
  }
  // Debian's nginx has no brotli module by default: a client taking only brotli gets the page as it is.
  const plain = await rawRequest(`${nginx.url}/thu-tuc`, { 'accept-encoding': 'br' })
  expect(plain.headers['content-encoding']).toBeUndefined()
  expect(plain.body.equals(fs.readFileSync(path.join(client, 'thu-tuc/index.html')))).toBe(true)

  for (const url of ['/thu-tuc/index.html.gz', '/thu-tuc/index.html.br', '/du-lieu/thu-tuc.json.gz']) {
    const answer = await rawRequest(`${nginx.url}${url}`)
    expect(answer.status, url).toBe(404)
    expect(answer.body.toString(), url).toContain('<html lang="vi"')
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
  }

  // The on-demand routes come compressed from the site server, brotli included.
  const search = await rawRequest(`${nginx.url}/api/search?q=ho+chieu`, { 'accept-encoding': 'br' })
  expect(search.headers['content-encoding']).toBe('br')
  expect(JSON.parse(decoded(search).toString()).hits.length).toBeGreaterThan(0)
})

test('an unknown address gets the site 404 page with status 404', async ({ request }) => {
  const res = await request.get(`${nginx.url}/khong-co-trang-nay`)
  expect(res.status()).toBe(404)
  expect(await res.text()).toContain('<html lang="vi"')
})

test('search and the other on-demand routes are passed to the Node server; /_internal/ is not', async ({ request }) => {
  const api = await request.get(`${nginx.url}/api/search?q=${encodeURIComponent('ho chieu')}`)
  expect(api.status()).toBe(200)
  expect(api.headers()['last-modified']).toBeUndefined()
  const body = (await api.json()) as { hits: { title: string }[] }
  expect(body.hits.length).toBeGreaterThan(0)

  const page = await request.get(`${nginx.url}/tim-kiem?q=${encodeURIComponent('hộ chiếu')}`)
  expect(page.status()).toBe(200)
  expect(await page.text()).toContain('<mark')
  expect((await request.get(`${nginx.url}/en/gop-y`)).status()).toBe(200)
  expect((await request.get(`${nginx.url}/healthz`)).status()).toBe(200)
  expect((await request.get(`${nginx.url}/_internal/status`)).status()).toBe(404)
  const publish = await request.post(`${nginx.url}/_internal/publish`, { data: { full: true }, headers: publishHeaders() })
  expect(publish.status()).toBe(404)
})

test('a page replaced or removed in the live build is served as it now is within about a second (open_file_cache)', async ({ request }) => {
  const client = path.join(e2eEnv.BUILDS_DIR, 'current', 'client')
  const name = `e2e-nginx-cache-${process.pid}`
  const file = path.join(client, name, 'index.html')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  try {
    fs.writeFileSync(file, '<p>old</p>')
    expect(await (await request.get(`${nginx.url}/${name}`)).text()).toBe('<p>old</p>')
    // As a publish writes a page: a new file renamed over the old one.
    fs.writeFileSync(`${file}.tmp`, '<p>new</p>')
    fs.renameSync(`${file}.tmp`, file)
    const started = Date.now()
    await expect.poll(async () => (await request.get(`${nginx.url}/${name}`)).text(), { timeout: 5000, intervals: [100] }).toBe('<p>new</p>')
    expect(Date.now() - started).toBeLessThan(3000)
    fs.rmSync(file)
    await expect.poll(async () => (await request.get(`${nginx.url}/${name}`)).status(), { timeout: 5000, intervals: [100] }).toBe(404)
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true })
  }
})

test('uploaded media files are passed to the CMS, read-only; nothing else of the CMS is', async ({ request }) => {
  const headers = await adminHeaders(request)
  const name = `nginx-media-${process.pid}.png`
  const created = await request.post(`${e2eEnv.CMS_URL}/api/media`, {
    headers,
    multipart: { file: { name, mimeType: 'image/png', buffer: Buffer.from(sampleFiles.png) }, _payload: JSON.stringify({ alt: 'nginx' }) },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number; url: string } }
  try {
    // The path the site links under PUBLIC_MEDIA_URL (docker-compose.yml: the site's public address, this nginx).
    const { pathname } = new URL(doc.url, e2eEnv.CMS_URL)
    expect(pathname).toMatch(/^\/api\/media\/file\//)
    const file = await request.get(`${nginx.url}${pathname}`)
    expect(file.status()).toBe(200)
    expect(file.headers()['content-type']).toBe('image/png')
    expect(Buffer.from(await file.body()).equals(Buffer.from(sampleFiles.png))).toBe(true)
    expect(file.headers()['x-content-type-options']).toBe('nosniff')
    expect((await request.head(`${nginx.url}${pathname}`)).status()).toBe(200)
    const post = await request.post(`${nginx.url}${pathname}`, { data: {} })
    expect(post.status()).toBe(405)
    expect(post.headers().allow).toBe('GET, HEAD')
    // The CMS's API and admin stay off the public server: /api/ is the site's.
    expect((await request.get(`${nginx.url}/api/media`)).status()).toBe(404)
    expect((await request.get(`${nginx.url}/api/media/file/khong-co.png`)).status()).toBe(404)
    expect((await request.get(`${nginx.url}/admin`)).status()).toBe(404)
  } finally {
    await request.delete(`${e2eEnv.CMS_URL}/api/media/${doc.id}`, { headers })
  }
})
