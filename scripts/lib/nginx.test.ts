import { spawnSync } from 'node:child_process'
import dgram from 'node:dgram'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import yaml from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { composeServerBlock, NGINX_CONF, plainServerBlock, productionServerBlock, startNginx, testNginxConfig } from './nginx'
import { freePort } from './processes'

/**
 * A DNS server on loopback that answers A queries for one name with an address the test can change, as Docker's
 * embedded DNS answers a service's name with the address of its current container.
 */
async function stubDns(name: string): Promise<{ port: number; address: string | undefined; close(): void }> {
  const socket = dgram.createSocket('udp4')
  const state = { address: undefined as string | undefined }
  socket.on('message', (query, peer) => {
    const labels: string[] = []
    let at = 12
    while (query[at]! > 0) {
      labels.push(query.subarray(at + 1, at + 1 + query[at]!).toString())
      at += query[at]! + 1
    }
    const question = query.subarray(12, at + 5)
    const type = query.readUInt16BE(at + 1)
    const found = labels.join('.') === name && type === 1 && state.address
    const header = Buffer.alloc(12)
    query.copy(header, 0, 0, 2)
    header.writeUInt16BE(found ? 0x8180 : 0x8183, 2)
    header.writeUInt16BE(1, 4)
    header.writeUInt16BE(found ? 1 : 0, 6)
    const answer = found ? Buffer.from([0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 1, 0, 4, ...state.address!.split('.').map(Number)]) : Buffer.alloc(0)
    socket.send(Buffer.concat([header, question, answer]), peer.port, peer.address)
  })
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve))
  return {
    port: (socket.address() as AddressInfo).port,
    get address() {
      return state.address
    },
    set address(value) {
      state.address = value
    },
    close: () => socket.close(),
  }
}

/** A stand-in site server on one loopback address that answers every request with `body`. */
async function standInSite(host: string, port: number, body: string): Promise<http.Server> {
  const server = http.createServer((_, res) => res.end(body))
  await new Promise<void>((resolve) => server.listen(port, host, resolve))
  return server
}

describe('productionServerBlock', () => {
  it('changes only the EDIT values and the proxy include of the documented config', () => {
    const conf = productionServerBlock({ port: 8081, buildsDir: '/tmp/builds', upstreamPort: 4555, cmsPort: 3555 })
    expect(conf).toContain('listen 127.0.0.1:8081;')
    expect(conf).toContain('root /tmp/builds/current/client;')
    expect(conf).toContain('server 127.0.0.1:4555 max_fails=2 fail_timeout=10s;')
    expect(conf).toContain('server 127.0.0.1:3555 max_fails=2 fail_timeout=10s;')
    expect(conf).not.toContain('/etc/nginx/congkhai-')
    expect(conf).toMatch(/include \/.+\/deploy\/nginx\/congkhai-proxy\.conf;/)
    // Only what the site serves on demand goes to Node; everything else is a file.
    const proxied = [...conf.matchAll(/location ([^{]+)\{[^{}]*?proxy_pass http:\/\/congkhai_site;/g)].map((m) => m[1].trim())
    expect(proxied).toEqual(['/api/', '= /api/search', '= /api/feedback', '~ ^/(en/)?tim-kiem/?$', '~ ^/(en/)?tra-cuu-gop-y/?$', '~ ^/(en/)?gop-y(/da-gui)?/?$', '= /xem-truoc', '= /healthz'])
  })

  it('passes only the uploaded media files to the CMS, for GET and HEAD', () => {
    const conf = productionServerBlock({ port: 8081, buildsDir: '/tmp/builds', upstreamPort: 4555 })
    const toCms = [...conf.matchAll(/location ([^{]+)\{((?:[^{}]|\{[^{}]*\})*)\}/g)].filter((m) => m[2]!.includes('proxy_pass http://congkhai_cms;'))
    expect(toCms.map((m) => m[1]!.trim())).toEqual(['/api/media/file/'])
    expect(toCms[0]![2]).toMatch(/if \(\$request_method !~ \^\(GET\|HEAD\)\$\) \{[^}]*return 405;/)
    expect(conf).toContain('server 127.0.0.1:3000 max_fails=2 fail_timeout=10s;')
  })

  it('with cmsInternalPort, adds the private address of every CMS replica, which nginx accepts', () => {
    const conf = productionServerBlock({ port: 8081, buildsDir: '/tmp/builds', upstreamPort: 4555, cmsPort: 3555, cmsPorts: [3556], cmsInternalPort: 8082 })
    expect(conf).toContain('listen 127.0.0.1:8082;')
    expect(conf).toContain('server 127.0.0.1:3556 max_fails=2 fail_timeout=10s;')
    const internal = conf.slice(conf.indexOf('listen 127.0.0.1:8082;'))
    // The whole CMS there, with POSTs passed on only when they never reached a replica.
    expect(internal).toMatch(/location \/ \{[^}]*proxy_pass http:\/\/congkhai_cms;/)
    expect(internal).not.toContain('non_idempotent')
    const verdict = testNginxConfig(conf)
    expect(verdict.output).toMatch(/syntax is ok/)
    expect(verdict.ok).toBe(true)
  })

  it('passes every on-demand route of the site (prerender = false) to Node', () => {
    const pagesDir = path.resolve(import.meta.dirname, '../../site/src/pages')
    const onDemand = fs
      .readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(astro|ts)$/.test(file) && /export const prerender = false/.test(fs.readFileSync(path.join(pagesDir, file), 'utf8')))
      .map((file) => `/${file.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '')}`)
    expect(onDemand.length).toBeGreaterThan(0)
    const conf = productionServerBlock({ port: 8081, buildsDir: '/tmp/builds', upstreamPort: 4555 })
    const locations = [...conf.matchAll(/location ([^{]+)\{[^{}]*?proxy_pass/g)].map((m) => m[1].trim())
    const proxied = (route: string) =>
      locations.some((loc) =>
        loc.startsWith('= ') ? loc.slice(2) === route : loc.startsWith('~ ') ? new RegExp(loc.slice(2)).test(route) : route.startsWith(loc),
      )
    expect(onDemand.filter((route) => !proxied(route))).toEqual([])
  })

  it('serves files the plain way for the yardstick', () => {
    expect(plainServerBlock({ port: 9000, root: '/srv/x' })).toContain('try_files $uri $uri/index.html =404;')
  })
})

/** docker-compose.yml as data (no Docker engine runs here to read it). */
function composeFile(): { services: Record<string, Record<string, unknown>> } {
  return yaml.load(fs.readFileSync(path.resolve(import.meta.dirname, '../../docker-compose.yml'), 'utf8')) as { services: Record<string, Record<string, unknown>> }
}

describe('the nginx service of docker-compose.yml', () => {
  const repoRoot = path.resolve(import.meta.dirname, '../..')
  const { services } = composeFile()
  const nginx = services.nginx as { command: string[]; volumes: string[]; ports: string[]; depends_on: Record<string, unknown> }
  const site = services.site as { environment: Record<string, string>; volumes: string[]; expose: string[] }
  const mounts = new Map(nginx.volumes.map((v) => [v.split(':')[1]!, v.split(':')[0]!]))

  it('mounts files that exist in the repository, every snippet where congkhai.conf includes it, and runs the mounted script', () => {
    for (const [target, source] of mounts) if (source.startsWith('./')) expect(fs.existsSync(path.join(repoRoot, source)), `${source} -> ${target}`).toBe(true)
    const conf = fs.readFileSync(NGINX_CONF, 'utf8')
    // Every snippet congkhai.conf (or a snippet of it) includes is mounted where it is looked for.
    const snippets = new Set([conf, ...fs.readdirSync(path.join(repoRoot, 'deploy/nginx')).map((f) => fs.readFileSync(path.join(repoRoot, 'deploy/nginx', f), 'utf8'))].flatMap((text) => [...text.matchAll(/include (\/etc\/nginx\/congkhai-[a-z-]+\.conf);/g)].map((m) => m[1]!)))
    expect([...snippets].sort()).toEqual(['/etc/nginx/congkhai-headers.conf', '/etc/nginx/congkhai-proxy.conf'])
    for (const target of snippets) expect(mounts.get(target), target).toBe(`./deploy/nginx/${path.basename(target)}`)
    expect(nginx.command).toEqual(['sh', '/etc/congkhai/compose.sh'])
    expect(mounts.get('/etc/congkhai/compose.sh')).toBe('./deploy/nginx/compose.sh')
    expect(mounts.get('/etc/congkhai/congkhai.conf')).toBe('./deploy/nginx/congkhai.conf')
    expect(fs.readFileSync(path.join(repoRoot, 'deploy/nginx/compose.sh'), 'utf8')).toContain('src="${1:-/etc/congkhai/congkhai.conf}"')
  })

  it('serves the live build from the volume the site writes its builds to, and proxies to the port the site listens on', () => {
    const conf = composeServerBlock()
    const buildsDir = site.environment.BUILDS_DIR!
    const siteVolume = site.volumes.find((v) => buildsDir === v.split(':')[1] || buildsDir.startsWith(`${v.split(':')[1]}/`))!
    expect(siteVolume).toBeDefined()
    const [volume, siteMount] = siteVolume.split(':')
    const nginxMount = nginx.volumes.find((v) => v.startsWith(`${volume}:`))!.split(':')[1]!
    const buildsInNginx = site.environment.BUILDS_DIR!.replace(siteMount!, nginxMount)
    expect(conf).toContain(`root ${buildsInNginx}/current/client;`)
    const dockerfile = fs.readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8')
    const sitePort = /^ENV .*SITE_PORT=(\d+)/m.exec(dockerfile)![1]!
    const cmsPort = /^ENV .*CMS_PORT=(\d+)/m.exec(dockerfile)![1]!
    expect(site.expose).toEqual([sitePort])
    expect(conf).toContain(`set $congkhai_site site:${sitePort};`)
    expect(conf).toContain(`set $congkhai_cms cms:${cmsPort};`)
    expect((services.cms as { environment: Record<string, string> }).environment.PUBLISH_WEBHOOK_URL).toBe(`http://site:${sitePort}/_internal/publish`)
    expect(nginx.depends_on).toEqual({ site: { condition: 'service_healthy' } })
    const listen = /listen (\d+);/.exec(conf)![1]
    expect(nginx.ports).toEqual([`\${HTTP_PORT:-80}:${listen}`])
    // Only nginx is public for the site: the site's own port is not published.
    expect(services.site).not.toHaveProperty('ports')
  })

  it('mounts the site builds read-only and nothing else of the site: the feedback outbox stays out of nginx', () => {
    const siteVolumes = site.volumes.map((v) => v.split(':')[0]!)
    const named = nginx.volumes.filter((v) => !v.startsWith('./'))
    expect(named).toEqual(['site-builds:/srv/congkhai/builds:ro'])
    const outbox = site.environment.FEEDBACK_OUTBOX_DIR!
    const outboxVolume = site.volumes.find((v) => outbox.startsWith(`${v.split(':')[1]}/`))!.split(':')[0]
    expect(siteVolumes).toContain(outboxVolume)
    expect(named.map((v) => v.split(':')[0])).not.toContain(outboxVolume)
  })

  it('looks the site and the CMS up through Docker\'s DNS per request, so a recreated container is found again', () => {
    const conf = composeServerBlock()
    expect(conf).toContain('resolver 127.0.0.11 valid=10s')
    // A name in an upstream block, or in proxy_pass without a variable, is resolved once when nginx starts.
    expect(conf).not.toMatch(/upstream |server site:|server cms:/)
    expect([...conf.matchAll(/proxy_pass ([^;]+);/g)].map((m) => m[1]).every((target) => /^http:\/\/\$congkhai_(site|cms)$/.test(target!))).toBe(true)
  })

  it('finds a recreated site container at its new address without a restart (Docker\'s DNS, valid=10s)', async () => {
    const dns = await stubDns('site')
    const sitePort = await freePort()
    const port = await freePort()
    // Only what cannot be the same here changes: the DNS server's address, the site's port and nginx's listen address.
    const conf = composeServerBlock()
      .replace('resolver 127.0.0.11 ', `resolver 127.0.0.1:${dns.port} `)
      .replace('site:4321;', `site:${sitePort};`)
      .replace('listen 80;', `listen 127.0.0.1:${port};`)
      .replace(/\/etc\/nginx\/(congkhai-[a-z-]+\.conf)/g, (_, file: string) => path.join(repoRoot, 'deploy/nginx', file))
    // nginx starts while the site's name does not resolve yet (an upstream block would refuse to start).
    const nginx = await startNginx(conf, port)
    let first: http.Server | undefined
    let second: http.Server | undefined
    try {
      expect((await fetch(`${nginx.url}/healthz`)).status).toBe(502)
      first = await standInSite('127.0.0.2', sitePort, 'first container')
      dns.address = '127.0.0.2'
      await expect.poll(async () => (await fetch(`${nginx.url}/healthz`)).text(), { timeout: 15_000, interval: 250 }).toBe('first container')
      // docker compose up recreates the site: same name, another address.
      await new Promise((resolve) => first!.close(resolve))
      second = await standInSite('127.0.0.3', sitePort, 'second container')
      dns.address = '127.0.0.3'
      await expect.poll(async () => (await fetch(`${nginx.url}/healthz`)).text(), { timeout: 15_000, interval: 250 }).toBe('second container')
    } finally {
      await nginx.stop()
      dns.close()
      second?.close()
    }
  }, 40_000)

  it.skipIf(!fs.existsSync('/usr/bin/busybox'))('renders the same with BusyBox sh, sed and grep, as in the nginx:alpine image', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congkhai-busybox-'))
    try {
      for (const tool of ['sh', 'sed', 'grep']) fs.symlinkSync('/usr/bin/busybox', path.join(dir, tool))
      const out = path.join(dir, 'default.conf')
      const result = spawnSync('/usr/bin/busybox', ['sh', path.join(repoRoot, 'deploy/nginx/compose.sh'), NGINX_CONF, out], { encoding: 'utf8', env: { ...process.env, PATH: dir } })
      expect(result.stderr).toBe('')
      expect(fs.readFileSync(out, 'utf8')).toBe(composeServerBlock())
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('renders a configuration nginx accepts', () => {
    // No compose network here: the includes point at the repository's copies for `nginx -t`.
    const conf = composeServerBlock()
      .replace(/\/etc\/nginx\/(congkhai-[a-z-]+\.conf)/g, (_, file: string) => path.join(repoRoot, 'deploy/nginx', file))
    const verdict = testNginxConfig(conf)
    expect(verdict.output).toMatch(/test is successful/)
    expect(verdict.ok).toBe(true)
    expect(testNginxConfig(conf.replace('location /api/ {', 'location /api/ {{')).ok).toBe(false)
  })
})
