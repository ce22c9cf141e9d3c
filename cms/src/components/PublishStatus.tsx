import React from 'react'
import { describeSiteStatus } from '../lib/describeSiteStatus'
import { fetchSiteStatus } from '../lib/siteStatus'

const look = {
  ok: { border: '#2e7d32', background: '#edf7ee' },
  busy: { border: '#0b57d0', background: '#eaf1fd' },
  bad: { border: '#b3261e', background: '#fdecea' },
}

/**
 * The public site's last publish, in the admin header on every page: editors see at once when their change did not
 * go live (the site keeps serving the previous build) and why, or when it will (a rebuild under way); beside it, in
 * red, the citizens' submissions the CMS refused for good (parked in the site's outbox), by code and reason.
 *
 * @remarks A server component: the CMS asks the site at render time, so the browser never needs to reach `/_internal/`.
 * What it says is `describeSiteStatus()`'s: a site slow to answer during a full rebuild is told apart from one that
 * is down.
 */
export async function PublishStatus() {
  const site = await fetchSiteStatus(1500)
  const { tone: kind, text, detail, state } = describeSiteStatus(site)
  const parked = site.reachable ? (site.feedback?.parked ?? []) : []
  const publish = (
    <div
      role={kind === 'bad' ? 'alert' : 'status'}
      data-publish-state={state}
      title={detail || undefined}
      style={{ borderLeft: `4px solid ${look[kind].border}`, background: look[kind].background, padding: '0.25rem 0.6rem', fontSize: '0.8125rem', lineHeight: 1.3, maxWidth: '32rem' }}
    >
      {text}
      {detail && kind !== 'ok' ? <span style={{ display: 'block', opacity: 0.8, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{detail}</span> : null}
    </div>
  )
  if (parked.length === 0) return publish
  const reasons = parked.slice(0, 5).map((p) => `${p.code}: ${p.reason}`).join(' · ')
  return (
    <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
      {publish}
      <div
        role="alert"
        data-feedback-parked={parked.length}
        title={reasons}
        style={{ borderLeft: `4px solid ${look.bad.border}`, background: look.bad.background, padding: '0.25rem 0.6rem', fontSize: '0.8125rem', lineHeight: 1.3, maxWidth: '32rem' }}
      >
        {`${parked.length} góp ý của người dân bị CMS từ chối nhận, đang được giữ ở trang công khai và thử lại mỗi giờ: cần quản trị viên kiểm tra (nhật ký máy chủ trang công khai).`}
        <span style={{ display: 'block', opacity: 0.8, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{reasons}</span>
      </div>
    </div>
  )
}
