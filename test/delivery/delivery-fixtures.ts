import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import type { Queryable } from '../../server/db/database';
import { Webhook } from 'standardwebhooks';

export const TEST_SECRET_KEY = Buffer.alloc(32, 7); // the key createTestApp gives its services
export const MAIL_FROM = 'linkdoctor <no-reply@links.test>';

export interface ReceivedMail {
  raw: string;
  rcpt: string[];
  messageId: string | undefined;
}

/** A real SMTP server on port 0 that keeps what it receives. */
export async function startSmtpServer(options: Partial<SMTPServerOptions> = {}) {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const rcpt = session.envelope.rcptTo.map((r) => r.address);
        mails.push({ raw, rcpt, messageId: /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] });
        callback();
      });
    },
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ReceivedEvent {
  id: string;
  type: string;
  timestamp: string;
  topic: string;
  orgId: string;
  createdAt: string;
  data: Record<string, unknown>;
}

type Responder = (attempt: number) => { status: number; delayMs?: number; location?: string };

/**
 * A consumer as we tell integrators to write one: verify with the `standardwebhooks`
 * library (which also refuses timestamps more than 5 minutes off its clock), then
 * process each `webhook-id` once, answering 2xx to duplicates too.
 */
export async function startWebhookReceiver() {
  const state = {
    secret: '',
    requests: [] as { headers: IncomingHttpHeaders; body: string; verified: boolean }[],
    processed: [] as ReceivedEvent[],
    respond: (() => ({ status: 200 })) as Responder,
  };
  const seen = new Set<string>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const header = (name: string) => String(req.headers[name.toLowerCase()] ?? '');
      const verified = verifyStandardWebhook(state.secret, body, req.headers);
      state.requests.push({ headers: req.headers, body, verified });
      const answer = state.respond(state.requests.length);
      setTimeout(() => {
        if (!verified) return void res.writeHead(401).end();
        if (answer.status < 300) {
          const eventId = header('webhook-id');
          if (!seen.has(eventId)) state.processed.push(JSON.parse(body) as ReceivedEvent);
          seen.add(eventId);
        }
        res.writeHead(answer.status, answer.location ? { Location: answer.location } : {}).end('ignored by the sender');
      }, answer.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/hooks/linkdoctor`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** True when the `standardwebhooks` library accepts the request. */
export function verifyStandardWebhook(secret: string, body: string, headers: IncomingHttpHeaders): boolean {
  try {
    new Webhook(secret).verify(body, headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
}

export interface OutboxRow {
  id: string;
  status: string;
  attempts: number;
  next_attempt_at: Date;
  locked_until: Date | null;
  last_error: string | null;
  sent_at: Date | null;
  topic: string;
  webhook_id: string | null;
}

export async function outboxRows(db: Queryable): Promise<OutboxRow[]> {
  return db.query<OutboxRow>('SELECT * FROM outbox ORDER BY created_at, id');
}

export async function outboxRow(db: Queryable, id: string): Promise<OutboxRow> {
  const [row] = await db.query<OutboxRow>('SELECT * FROM outbox WHERE id = $1', [id]);
  return row;
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A gate a fake send waits on, opened by the test. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Real time plus an offset the test moves forward: rows get their due time from the
 * database's clock at insert, so a frozen clock would leave later rows not yet due.
 */
export class SkewedClock {
  private offsetMs = 0;
  now = (): Date => new Date(Date.now() + this.offsetMs);
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
