/** The feedback form as a client sees it, shared by the feedback specs: form tokens, a valid submission, client addresses. */
import { expect, type APIRequestContext } from '@playwright/test'

let clients = 0
/** A fresh client address (the e2e site trusts X-Forwarded-For, as behind the reverse proxy), so rate limits apply per test. */
export const client = () => ({ 'x-forwarded-for': `198.51.${Math.floor(++clients / 250)}.${clients % 250}` })

/** Form tokens from served forms (each form its own, each spent by one submission), old enough to pass the minimum fill time. */
export async function formTokens(request: APIRequestContext, count: number): Promise<string[]> {
  const tokens: string[] = []
  for (let i = 0; i < count; i++) {
    const html = await (await request.get('/gop-y', { headers: client() })).text()
    const token = /name="formToken" value="([^"]+)"/.exec(html)?.[1]
    expect(token).toBeTruthy()
    tokens.push(token!)
  }
  await new Promise((r) => setTimeout(r, 1100))
  return tokens
}

/** One form token, old enough to pass the minimum fill time. */
export const formToken = async (request: APIRequestContext) => (await formTokens(request, 1))[0]!

/** A tracking code in a link or a page: `GY-` and three groups of five Crockford digits. */
export const CODE = /GY-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}/

/** A submission the intake accepts, with `token` and any fields of `over` in place of the defaults. */
export const valid = (token: string, over: Record<string, unknown> = {}) => ({
  kind: 'hoi-dap',
  name: 'Lê Thị Cúc',
  email: 'cuc@example.vn',
  title: 'Hỏi về thời hạn cấp hộ chiếu công vụ',
  content: 'Xin hỏi thời hạn giải quyết hồ sơ đề nghị cấp hộ chiếu công vụ là bao nhiêu ngày làm việc?',
  consent: true,
  formToken: token,
  ...over,
})
