import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { AGENCY_TIME_ZONE } from '@congkhai/contracts/time-zone'
import { describe, expect, it } from 'vitest'
import pinTimeZone from './pinTimeZone.cjs'

const require = createRequire(import.meta.url)
const clientIndex = require.resolve('@payloadcms/ui')
const sharedIndex = path.join(path.dirname(clientIndex), '../shared/index.js')
const read = (file: string) => fs.readFileSync(file, 'utf8')

/** 20:00 UTC on 6 December 2026: 03:00 on the 7th in Vietnam. */
const evening = new Date('2026-12-06T20:00:00Z')

describe('pinTimeZone', () => {
  it('finds each file it rewrites in the installed Payload, and the piece to rewrite in it exactly once', () => {
    const targets = pinTimeZone.targets()
    expect(targets.map(({ module, patches }) => [module.replace(/chunk-\w+/, 'chunk-*'), patches])).toEqual([
      ['@payloadcms/ui/dist/exports/client/index.js', ['formatDate', 'scheduleEarliest']],
      ['@payloadcms/ui/dist/exports/shared/index.js', ['formatDate']],
      ['@payloadcms/ui/dist/exports/client/chunk-*.js', ['datepickerNow']],
    ])
    for (const { file, patches } of targets) {
      for (const patch of patches) expect(pinTimeZone.rewrite(read(file), patch, AGENCY_TIME_ZONE, file)).toContain(`"${AGENCY_TIME_ZONE}"`)
    }
  })

  it('fails, naming the file, where Payload\'s code no longer has the expected shape', () => {
    const changed = read(sharedIndex).replace('pattern:', 'format:')
    expect(() => pinTimeZone.rewrite(changed, 'formatDate', AGENCY_TIME_ZONE, sharedIndex)).toThrow(/formatDate.*found 0 times in .*shared\/index\.js/)
    expect(() => pinTimeZone.rewrite('', 'noSuchPatch', AGENCY_TIME_ZONE, 'x.js')).toThrow(/no patch named/)
    expect(() => pinTimeZone.rewrite(read(sharedIndex), 'formatDate', 'Asia/Nowhere', sharedIndex)).toThrow(RangeError)
  })

  it('makes Payload\'s formatDate write an instant in the agency\'s zone unless told another', async () => {
    // The rewritten bundle, loaded as Payload's own: from a folder whose packages resolve to the installed ones.
    const folder = path.join(path.dirname(require.resolve('date-fns')), '..', '.cache', 'pinTimeZone')
    fs.mkdirSync(folder, { recursive: true })
    const file = path.join(folder, `shared-${process.pid}.mjs`)
    fs.writeFileSync(file, pinTimeZone.rewrite(read(sharedIndex), 'formatDate', AGENCY_TIME_ZONE, sharedIndex))
    try {
      const { formatDate } = (await import(pathToFileURL(file).href)) as { formatDate(args: { date: Date; i18n: object; pattern: string; timezone?: string }): string }
      const i18n = { dateFNS: (await import('date-fns/locale/vi')).vi, t: (key: string) => key }
      expect(formatDate({ date: evening, i18n, pattern: 'dd/MM/yyyy HH:mm' })).toBe('07/12/2026 03:00')
      expect(formatDate({ date: evening, i18n, pattern: 'dd/MM/yyyy HH:mm', timezone: 'UTC' })).toBe('06/12/2026 20:00')
    } finally {
      fs.rmSync(file)
    }
  }, 60_000)

  it('makes react-datepicker\'s "now" the agency\'s wall clock, read by the browser\'s clock fields', () => {
    const newDate = 'function Re(w){if(w==null)return new Date;var v=typeof w=="string"?We.parseISO(w):Ye.toDate(w);return kt(v)?v:new Date}'
    const rewritten = pinTimeZone.rewrite(newDate, 'datepickerNow', AGENCY_TIME_ZONE, 'chunk.js')
    const RealDate = Date
    class FixedDate extends RealDate {
      constructor(...args: []) {
        super(...((args.length ? args : [evening.getTime()]) as []))
      }
    }
    const now = new Function('Date', `${rewritten};return Re()`)(FixedDate) as Date
    expect([now.getFullYear(), now.getMonth() + 1, now.getDate(), now.getHours(), now.getMinutes()]).toEqual([2026, 12, 7, 3, 0])
    const given = new Function('Date', 'We', 'Ye', 'kt', `${rewritten};return Re("2026-01-02")`)(FixedDate, { parseISO: (s: string) => new RealDate(s) }, {}, () => true) as Date
    expect(given.getTime()).toBe(new RealDate('2026-01-02').getTime())
  })

  it("bounds the schedule-publish drawer's picker by the agency's wall clock, not the browser's", () => {
    // The drawer's code as Payload 3.90 bundles it, cut to what the rewrite touches: N the shown value, M minTime.
    const drawer =
      'N=nP(()=>{if(v&&P&&C){let V=ao.tz(v);return V}return C},[v,C,P]),j=1;let M=nP(()=>C&&aS(C)?new Date:Ks(new Date),[C]);' +
      'return{maxTime:U3(),minDate:new Date,minTime:M,value:N}'
    const rewritten = pinTimeZone.rewrite(drawer, 'scheduleEarliest', AGENCY_TIME_ZONE, 'index.js')
    const RealDate = Date
    class FixedDate extends RealDate {
      constructor(...args: []) {
        super(...((args.length ? args : [evening.getTime()]) as []))
      }
    }
    const startOfDay = (d: Date) => new RealDate(d.getFullYear(), d.getMonth(), d.getDate())
    // The browser's clock at 20:00 UTC, 03:00 the next day in Vietnam; `shown` is what the picker shows (the chosen
    // time in the drawer's zone, by the browser's clock fields), absent before a time is chosen.
    const run = (shown?: string) =>
      new Function('Date', 'nP', 'ao', 'aS', 'Ks', 'U3', 'v', 'P', 'C', `let N,j;${rewritten}`)(
        FixedDate, (f: () => unknown) => f(), { tz: () => shown }, () => true, startOfDay, () => 'end', AGENCY_TIME_ZONE, 'UTC', shown && 'chosen',
      ) as { minDate: Date; minTime: Date }
    const fields = (d: Date) => [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()]
    const nothingChosen = run()
    expect(fields(nothingChosen.minDate)).toEqual([2026, 12, 7, 3, 0])
    expect(fields(nothingChosen.minTime)).toEqual([2026, 12, 7, 0, 0])
    // A time chosen on Vietnam's today (shown by the browser's fields as 7 December): the earliest time is now there.
    expect(fields(run(new RealDate(2026, 11, 7, 9, 0).toISOString()).minTime)).toEqual([2026, 12, 7, 3, 0])
    // On a later day any time of it.
    expect(fields(run(new RealDate(2026, 11, 8, 9, 0).toISOString()).minTime).slice(3)).toEqual([0, 0])
  })
})
