import nodemailer, { type SendMailOptions } from 'nodemailer'
import type { PayloadEmailAdapter } from 'payload'

/** Where and how to send: an SMTP server, its credentials if it asks for them, and the sender. */
export interface SmtpOptions {
  host: string
  port: number
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean
  user?: string
  pass?: string
  from: { address: string; name: string }
}

/**
 * A Payload email adapter that sends through an SMTP server with `nodemailer`.
 *
 * @remarks Written here because `@payloadcms/email-nodemailer` has no release for this Payload version (its newest
 * 3.x requires payload 3.90.1 exactly). Timeouts are short so that a hook sending mail never hangs a save for long;
 * callers log a failure and carry on (see `notifyAnswered`).
 */
export function smtpEmailAdapter(options: SmtpOptions): PayloadEmailAdapter {
  return () => {
    const transport = nodemailer.createTransport({
      host: options.host,
      port: options.port,
      secure: options.secure,
      auth: options.user ? { user: options.user, pass: options.pass ?? '' } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    })
    return {
      name: 'smtp',
      defaultFromAddress: options.from.address,
      defaultFromName: options.from.name,
      async sendEmail(message) {
        const from = message.from ?? { name: options.from.name, address: options.from.address }
        return transport.sendMail({ ...message, from } as SendMailOptions)
      },
    }
  }
}
