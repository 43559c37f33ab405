import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { DeliveryError } from './delivery-error';
import type { EmailPayload } from './outbox-store';

export interface Mailer {
  /** `id` is the outbox id; the mail's Message-ID derives from it, so a resend is recognisable. */
  send(id: string, mail: EmailPayload): Promise<void>;
  close(): void;
  /** Where mail goes, for the startup log: the SMTP host or the .eml directory. */
  readonly target: string;
}

export interface MailerOptions {
  /** smtp:// or smtps:// URL; unset, each mail is written to `outboxDir/<id>.eml`. */
  smtpUrl?: string;
  outboxDir: string;
  /** e.g. `linkdoctor <no-reply@links.example.com>` */
  from: string;
}

/** The sender address for a deployment: no-reply at PUBLIC_URL's host. */
export function defaultMailFrom(publicUrl: string): string {
  return `linkdoctor <no-reply@${new URL(publicUrl).hostname}>`;
}

/** `<outbox-id@sender-domain>`: the same on every retry of one notification. */
export function messageIdFor(id: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'linkdoctor.invalid';
  return `<${id}@${domain}>`;
}

export function createMailer(options: MailerOptions): Mailer {
  return options.smtpUrl ? createSmtpMailer(options.smtpUrl, options.from) : createFileMailer(options.outboxDir, options.from);
}

function toMessage(id: string, mail: EmailPayload, from: string): SendMailOptions {
  return {
    from,
    to: mail.to,
    replyTo: mail.replyTo,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: messageIdFor(id, from),
    headers: { ...mail.headers, 'X-Linkdoctor-Event-Id': id },
  };
}

function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  // Bounded waits: a hung server must not hold a message past its outbox lease.
  const transport: Transporter = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    target: new URL(smtpUrl).host,
    async send(id, mail) {
      try {
        await transport.sendMail(toMessage(id, mail, from));
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        // 5xx is the server's final word (unknown mailbox, rejected content): retrying repeats it.
        const permanent = code !== undefined && code >= 500 && code < 600;
        throw new DeliveryError(`SMTP: ${(error as Error).message}`, permanent);
      }
    },
    close: () => transport.close(),
  };
}

/** Without SMTP: RFC 822 files, one per notification, for development and inspection. */
function createFileMailer(outboxDir: string, from: string): Mailer {
  const transport: Transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    target: outboxDir,
    async send(id, mail) {
      const info = (await transport.sendMail(toMessage(id, mail, from))) as { message: Buffer };
      await mkdir(outboxDir, { recursive: true });
      // Write then rename: a crash mid-write never leaves a truncated .eml, and a
      // retry of the same id replaces the file instead of adding a second mail.
      const file = path.join(outboxDir, `${id}.eml`);
      await writeFile(`${file}.tmp`, info.message);
      await rename(`${file}.tmp`, file);
    },
    close: () => transport.close(),
  };
}
