/**
 * A control for `bench:site`: the smallest page that can score 100 (one heading, one paragraph, no CSS, no
 * JavaScript), served on loopback beside the site and scored in the same run.
 *
 * @remarks Lighthouse's performance score on this 2-core machine moves with what else runs: Total Blocking Time
 * counts Chromium's own tasks (its first style and layout, garbage collection, time the renderer waits for a core)
 * multiplied by the CPU slowdown. When the control loses points too, the loss is the machine's, not the page's.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

const HTML = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trang đối chứng</title><meta name="description" content="Trang nhỏ nhất để đối chứng điểm Lighthouse của máy đo.">
<link rel="icon" href="data:,"></head>
<body><main><h1>Trang đối chứng</h1><p>Một tiêu đề, một đoạn văn, không CSS, không JavaScript.</p></main></body></html>
`

/** Starts the control page's server; `url` is the page, `stop` closes the server. */
export async function startControlPage(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = createServer((req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'max-age=3600' })
      res.end(HTML)
    } else if (req.url === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('User-agent: *\nAllow: /\n')
    } else {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('Không có\n')
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/`, stop: () => new Promise((done) => server.close(() => done())) }
}
