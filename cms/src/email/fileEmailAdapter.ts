import fs from 'node:fs'
import path from 'node:path'
import type { PayloadEmailAdapter } from 'payload'

/**
 * A Payload email adapter that appends each message as one JSON line to a local file instead of sending it.
 *
 * @remarks Used when no SMTP server is configured, so that emails (answers to feedback) can be seen in development
 * and tests: `tail -f .data/mail.log`.
 */
export function fileEmailAdapter(file: string, from: { address: string; name: string }): PayloadEmailAdapter {
  return () => ({
    name: 'file',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    async sendEmail(message) {
      await fs.promises.mkdir(path.dirname(file), { recursive: true })
      const line = { at: new Date().toISOString(), from: message.from ?? `${from.name} <${from.address}>`, to: message.to, subject: message.subject, text: message.text }
      await fs.promises.appendFile(file, `${JSON.stringify(line)}\n`, { mode: 0o600 })
      return { logged: file }
    },
  })
}
