import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { plainServerBlock, productionServerBlock } from './nginx'

describe('productionServerBlock', () => {
  it('changes only the three EDIT values and the proxy include of the documented config', () => {
    const conf = productionServerBlock({ port: 8081, buildsDir: '/tmp/builds', upstreamPort: 4555 })
    expect(conf).toContain('listen 127.0.0.1:8081;')
    expect(conf).toContain('root /tmp/builds/current/client;')
    expect(conf).toContain('server 127.0.0.1:4555;')
    expect(conf).not.toContain('/etc/nginx/congkhai-proxy.conf')
    expect(conf).toMatch(/include \/.+\/deploy\/nginx\/congkhai-proxy\.conf;/)
    // Only what the site serves on demand goes to Node; everything else is a file.
    const proxied = [...conf.matchAll(/location ([^{]+)\{\s*proxy_pass/g)].map((m) => m[1].trim())
    expect(proxied).toEqual(['/api/', '~ ^/(en/)?(tim-kiem|gop-y(/da-gui)?|tra-cuu-gop-y)/?$', '= /xem-truoc', '= /healthz'])
  })

  it('passes every on-demand route of the site (prerender = false) to Node', () => {
    const pagesDir = path.resolve(import.meta.dirname, '../../site/src/pages')
    const onDemand = fs
      .readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(astro|ts)$/.test(file) && /export const prerender = false/.test(fs.readFileSync(path.join(pagesDir, file), 'utf8')))
      .map((file) => `/${file.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '')}`)
    expect(onDemand.length).toBeGreaterThan(0)
    const conf = productionServerBlock({ port: 8081, buildsDir: '/tmp/builds', upstreamPort: 4555 })
    const locations = [...conf.matchAll(/location ([^{]+)\{\s*proxy_pass/g)].map((m) => m[1].trim())
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
