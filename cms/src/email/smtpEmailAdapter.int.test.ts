import { randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestCms } from '../testing/testCms'

interface Received {
  user: unknown
  from: string
  to: string[]
  raw: string
}

/** A real SMTP server (`smtp-server`) on loopback that asks for a login and keeps every message it is given. */
const received: Received[] = []
const smtp = new SMTPServer({
  disabledCommands: ['STARTTLS'],
  allowInsecureAuth: true,
  onAuth: (auth, _session, done) =>
    auth.username === 'congkhai' && auth.password === 'mat-khau-smtp' ? done(null, { user: auth.username }) : done(new Error('Sai tên hoặc mật khẩu')),
  onData(stream, session, done) {
    const chunks: Buffer[] = []
    stream.on('data', (c: Buffer) => chunks.push(c))
    stream.on('end', () => {
      received.push({
        user: session.user,
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        to: session.envelope.rcptTo.map((r) => r.address),
        raw: Buffer.concat(chunks).toString('latin1'),
      })
      done()
    })
  },
})

const utf8 = (latin1: string) => Buffer.from(latin1, 'latin1').toString('utf8')
const quotedPrintable = (s: string) => utf8(s.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))))

/** The subject and plain text of a message as sent on the wire (encoded words, quoted-printable or base64). */
function readMail(raw: string): { subject: string; text: string } {
  const [head, ...rest] = raw.split('\r\n\r\n')
  const headers = head!.replace(/\r\n[ \t]+/g, ' ')
  const subject = (/^Subject: (.*)$/im.exec(headers)?.[1] ?? '').replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, word: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(word, 'base64').toString('utf8') : quotedPrintable(word.replace(/_/g, ' ')))
  const body = rest.join('\r\n\r\n')
  const encoding = /^Content-Transfer-Encoding: (.*)$/im.exec(headers)?.[1]?.trim().toLowerCase()
  const text = encoding === 'quoted-printable' ? quotedPrintable(body) : encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : utf8(body)
  return { subject, text }
}

let cms: TestCms
const saved = { ...process.env }

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()))
  const { port } = smtp.server.address() as AddressInfo
  // Read by the CMS config when it is first imported, below.
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_USER: 'congkhai', SMTP_PASS: 'mat-khau-smtp', MAIL_FROM: 'khong-tra-loi@songoaivu.example.vn' })
  const { startTestCms } = await import('../testing/testCms')
  cms = await startTestCms()
})

afterAll(async () => {
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_USER', 'SMTP_PASS', 'MAIL_FROM']) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

describe('email through SMTP when SMTP_HOST is set', () => {
  it('sends the answer of a feedback item to its sender, logged in, with the right subject and text', async () => {
    const officer = await cms.payload.create({ collection: 'users', data: { email: 'smtp-officer@test.local', password: 'password-123', roles: ['feedback-officer'] } })
    const code = `GY-2026-${String(600000 + Math.floor(Math.random() * 99999)).padStart(6, '0')}`
    const doc = await cms.payload.create({
      collection: 'feedback',
      data: { submissionId: randomUUID(), code, receivedAt: new Date().toISOString(), kind: 'hoi-dap', name: 'Đặng Thị Mai', email: 'mai@example.vn', title: 'Hỏi về thị thực', content: 'Xin hỏi thủ tục đề nghị cấp thị thực cho khách quốc tế.', status: 'moi' },
    })
    const as = { user: { ...officer, collection: 'users' as const }, overrideAccess: false }
    await cms.payload.update({ collection: 'feedback', id: doc.id, data: { status: 'dang-xu-ly' }, ...as })
    expect(received).toHaveLength(0)
    const answer = 'Hồ sơ nộp tại Bộ phận một cửa; thời hạn giải quyết là 5 ngày làm việc.'
    await cms.payload.update({ collection: 'feedback', id: doc.id, data: { status: 'da-tra-loi', answer }, ...as })

    expect(received).toHaveLength(1)
    const [mail] = received
    expect(mail).toMatchObject({ user: 'congkhai', from: 'khong-tra-loi@songoaivu.example.vn', to: ['mai@example.vn'] })
    const { subject, text } = readMail(mail!.raw)
    expect(subject).toBe(`Trả lời góp ý ${code}`)
    expect(text).toContain('Kính gửi Đặng Thị Mai,')
    expect(text).toContain(answer)
    expect(text).toContain(`/tra-cuu-gop-y?ma=${code}`)
  })
})
