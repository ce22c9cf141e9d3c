import type { RunningPublish } from '@congkhai/contracts/site-status'
import { formatAgencyDateTime } from './agencyTime'
import type { ShownStatus, SiteStatus } from './siteStatus'

/** What the admin header says about the public site: its tone, one line, and the detail under it. */
export interface SiteStatusBanner {
  /** `ok` green, `busy` blue (working, or slow to answer: nothing for the editor to do), `bad` red (needs someone). */
  tone: 'ok' | 'busy' | 'bad'
  text: string
  detail: string
  /** What the site is doing, for tests and styles: its publisher's state, `unanswered` or `unreachable`. */
  state: string
}

/** How long a site may leave the CMS's probes unanswered (busy) before it is reported as not answering. */
export const UNANSWERED_LIMIT_MS = 10 * 60_000

/** `khoảng 45 giây`, `khoảng 3 phút`: a wait as the banner says it, rounded up to 5 s under a minute and a half. */
export function about(seconds: number): string {
  return seconds < 90 ? `khoảng ${Math.max(5, Math.ceil(seconds / 5) * 5)} giây` : `khoảng ${Math.round(seconds / 60)} phút`
}

/** The line for a publish under way: what is rebuilt and, from the last one of its kind, when it will be live. */
function runningText(running: RunningPublish | undefined, now: number): string {
  const what = running?.kind === 'full' ? 'Đang dựng lại trang công khai' : 'Đang xuất bản thay đổi lên trang công khai'
  if (running?.expectedSeconds === undefined) return running?.kind === 'full' ? `${what}, thay đổi sẽ lên trang khi dựng xong` : `${what}…`
  const left = running.expectedSeconds - (now - Date.parse(running.startedAt)) / 1000
  return left > 0 ? `${what}, thay đổi sẽ lên trang sau ${about(left)}` : `${what}, sắp xong (lần trước mất ${about(running.expectedSeconds).replace('khoảng ', '')})`
}

/** The banner for a status the site gave. */
function describeAnswer(site: ShownStatus, now: number): Omit<SiteStatusBanner, 'state'> {
  if (site.state === 'failed') {
    const at = formatAgencyDateTime(site.lastFailureAt)
    return {
      tone: 'bad',
      text:
        site.lastBuildFailure?.siteServed === false
          ? `Xuất bản lỗi lúc ${at}: trang công khai chưa có bản nào, mọi trang đang báo lỗi 503${site.retry ? `; thử lại lúc ${formatAgencyDateTime(site.retry.at)}` : ''}`
          : `Xuất bản lỗi lúc ${at}: trang công khai vẫn hiển thị bản trước`,
      detail: site.lastBuildFailure?.reason ?? site.lastError?.split('\n').slice(-3).join(' ') ?? '',
    }
  }
  if (site.state === 'building' || site.published < site.received) return { tone: 'busy', text: runningText(site.running, now), detail: '' }
  return { tone: 'ok', text: `Trang công khai đã cập nhật lúc ${formatAgencyDateTime(site.lastSuccessAt)}`, detail: '' }
}

/**
 * What the admin header tells editors about the public site, from a probe of its status.
 *
 * @remarks A site busy with a full rebuild can be slow to answer (search threads loading a new index, a new build
 * being loaded): a probe that timed out is told apart from a site that is down. It is `busy`, said with what the site
 * last reported (a rebuild under way, with the time it should take), until the site has left the CMS unanswered for
 * {@link UNANSWERED_LIMIT_MS}; a refused connection is `bad` at once.
 */
export function describeSiteStatus(site: SiteStatus, now = Date.now()): SiteStatusBanner {
  if (site.reachable) return { ...describeAnswer(site, now), state: site.state }
  const waited = `${(site.timeoutMs / 1000).toLocaleString('vi-VN')} giây`
  if (site.reason === 'timeout') {
    const silentSince = site.lastAnswer?.at ?? site.failingSince
    if (now - Date.parse(silentSince) > UNANSWERED_LIMIT_MS) {
      return {
        tone: 'bad',
        text: `Trang công khai không trả lời từ ${formatAgencyDateTime(silentSince)}`,
        detail: `Máy chủ trang công khai nhận kết nối nhưng không trả lời trong ${waited}: cần quản trị viên kiểm tra (nhật ký máy chủ trang công khai).`,
        state: 'unanswered',
      }
    }
    const last = site.lastAnswer
    const heard = last ? ` Lần trả lời trước lúc ${formatAgencyDateTime(last.at)}.` : ''
    if (last && (last.state === 'building' || last.published < last.received)) {
      return { tone: 'busy', text: runningText(last.running, now), detail: `Trang công khai đang bận, chưa trả lời trong ${waited}.${heard}`, state: 'unanswered' }
    }
    return {
      tone: 'busy',
      text: 'Trang công khai đang bận, chưa trả lời kịp',
      detail: `Không có trả lời trong ${waited}; thay đổi vẫn được xuất bản khi trang rảnh.${heard}`,
      state: 'unanswered',
    }
  }
  return {
    tone: 'bad',
    text: 'Không liên lạc được trang công khai',
    detail: `Thay đổi sẽ được xuất bản khi trang chạy lại. (${site.error})`,
    state: 'unreachable',
  }
}
