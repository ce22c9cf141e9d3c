import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { about, describeSiteStatus, UNANSWERED_LIMIT_MS } from './describeSiteStatus'
import { probeFailure } from './probeFailure'
import type { ShownStatus, SiteStatus } from './siteStatus'

const now = Date.parse('2026-12-06T07:18:00Z')
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString()
const idle: ShownStatus = { state: 'idle', received: 3, published: 3, lastSuccessAt: '2026-12-06T07:10:00Z' }
const answer = (status: Partial<ShownStatus> = {}): SiteStatus => ({ reachable: true, askedAt: ago(0), ...idle, ...status })
const fullRebuild = (startedSecondsAgo: number, expectedSeconds?: number): Partial<ShownStatus> => ({
  state: 'building',
  running: { kind: 'full', startedAt: ago(startedSecondsAgo), ...(expectedSeconds === undefined ? {} : { expectedSeconds }) },
})
const timedOut = (lastAnswer?: Partial<ShownStatus> & { at: string }, failingSince = ago(0)): SiteStatus => ({
  reachable: false,
  reason: 'timeout',
  error: 'The operation was aborted due to timeout',
  askedAt: ago(0),
  timeoutMs: 1500,
  failingSince,
  lastAnswer: lastAnswer && { ...idle, ...lastAnswer },
})

describe('describeSiteStatus', () => {
  it('says when the site was last updated, as dd/MM/yyyy HH:mm in Vietnam', () => {
    expect(describeSiteStatus(answer(), now)).toEqual({ tone: 'ok', text: 'Trang công khai đã cập nhật lúc 06/12/2026 14:10', detail: '', state: 'idle' })
  })

  it('tells a full rebuild under way, and when its changes will be live from the last one', () => {
    expect(describeSiteStatus(answer(fullRebuild(60, 240)), now)).toMatchObject({ tone: 'busy', text: 'Đang dựng lại trang công khai, thay đổi sẽ lên trang sau khoảng 3 phút' })
    expect(describeSiteStatus(answer(fullRebuild(200, 240)), now).text).toBe('Đang dựng lại trang công khai, thay đổi sẽ lên trang sau khoảng 40 giây')
    expect(describeSiteStatus(answer(fullRebuild(250, 240)), now).text).toBe('Đang dựng lại trang công khai, sắp xong (lần trước mất 4 phút)')
    // The first full build since the site started: no estimate yet.
    expect(describeSiteStatus(answer(fullRebuild(10)), now).text).toBe('Đang dựng lại trang công khai, thay đổi sẽ lên trang khi dựng xong')
  })

  it('tells changes being published, with an estimate once one was re-rendered', () => {
    expect(describeSiteStatus(answer({ state: 'building', running: { kind: 'changes', startedAt: ago(2), expectedSeconds: 6 } }), now).text).toBe(
      'Đang xuất bản thay đổi lên trang công khai, thay đổi sẽ lên trang sau khoảng 5 giây',
    )
    expect(describeSiteStatus(answer({ received: 4 }), now)).toMatchObject({ tone: 'busy', text: 'Đang xuất bản thay đổi lên trang công khai…' })
  })

  it('keeps telling a rebuild, not "unreachable", when the busy site does not answer in time', () => {
    const banner = describeSiteStatus(timedOut({ at: ago(20), ...fullRebuild(120, 300) }), now)
    expect(banner).toEqual({
      tone: 'busy',
      text: 'Đang dựng lại trang công khai, thay đổi sẽ lên trang sau khoảng 3 phút',
      detail: 'Trang công khai đang bận, chưa trả lời trong 1,5 giây. Lần trả lời trước lúc 06/12/2026 14:17.',
      state: 'unanswered',
    })
    expect(banner.text).not.toMatch(/Không liên lạc|aborted/)
  })

  it('calls a site that answers late busy, until it has left the CMS unanswered for ten minutes', () => {
    expect(describeSiteStatus(timedOut({ at: ago(30) }), now)).toMatchObject({ tone: 'busy', text: 'Trang công khai đang bận, chưa trả lời kịp' })
    // Nothing heard since this CMS started: busy while the silence is short.
    expect(describeSiteStatus(timedOut(undefined, ago(60)), now)).toMatchObject({ tone: 'busy', state: 'unanswered' })
    const silent = describeSiteStatus(timedOut({ at: ago(UNANSWERED_LIMIT_MS / 1000 + 60) }), now)
    expect(silent).toMatchObject({ tone: 'bad', text: 'Trang công khai không trả lời từ 06/12/2026 14:07', state: 'unanswered' })
    expect(describeSiteStatus(timedOut(undefined, ago(UNANSWERED_LIMIT_MS / 1000 + 1)), now).tone).toBe('bad')
  })

  it('reports a site that refuses the connection as down at once', () => {
    const refused: SiteStatus = { ...(timedOut({ at: ago(5), ...fullRebuild(60, 240) }) as Extract<SiteStatus, { reachable: false }>), reason: 'unreachable', error: 'fetch failed' }
    expect(describeSiteStatus(refused, now)).toEqual({
      tone: 'bad',
      text: 'Không liên lạc được trang công khai',
      detail: 'Thay đổi sẽ được xuất bản khi trang chạy lại. (fetch failed)',
      state: 'unreachable',
    })
  })

  it('reports a failed publish with its time in Vietnam and its reason', () => {
    const failed = answer({ state: 'failed', lastFailureAt: '2026-12-06T07:15:00Z', lastBuildFailure: { at: '2026-12-06T07:15:00Z', kind: 'full', stage: 'build', reason: 'astro build failed', siteServed: true } })
    expect(describeSiteStatus(failed, now)).toEqual({ tone: 'bad', text: 'Xuất bản lỗi lúc 06/12/2026 14:15: trang công khai vẫn hiển thị bản trước', detail: 'astro build failed', state: 'failed' })
  })
})

describe('about', () => {
  it('rounds a wait up to 5 seconds, and to minutes from a minute and a half', () => {
    expect([about(1), about(41), about(89), about(90), about(400)]).toEqual(['khoảng 5 giây', 'khoảng 45 giây', 'khoảng 90 giây', 'khoảng 2 phút', 'khoảng 7 phút'])
  })
})

describe('probeFailure', () => {
  it('tells a site that does not answer in time from one nobody listens for', async () => {
    const silent = http.createServer(() => undefined).listen(0, '127.0.0.1')
    await new Promise((resolve) => silent.once('listening', resolve))
    const { port } = silent.address() as AddressInfo
    try {
      const slow = await fetch(`http://127.0.0.1:${port}/_internal/status`, { signal: AbortSignal.timeout(200) }).catch((err: unknown) => err)
      expect(probeFailure(slow)).toBe('timeout')
    } finally {
      silent.closeAllConnections()
      await new Promise((resolve) => silent.close(resolve))
    }
    const refused = await fetch(`http://127.0.0.1:${port}/_internal/status`, { signal: AbortSignal.timeout(2000) }).catch((err: unknown) => err)
    expect(probeFailure(refused)).toBe('unreachable')
    expect(probeFailure(new SyntaxError('Unexpected token < in JSON'))).toBe('error')
  })
})
