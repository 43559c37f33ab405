import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { submitEscalation } from '../../widget/escalation-client';

interface Seen {
  key: string | undefined;
  body: string;
}

// A server that drops the first `drops` connections without answering, then answers `reply`.
function start(drops: number, reply: { status: number; body: unknown }): Promise<{ server: Server; url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  let count = 0;
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ key: req.headers['idempotency-key'] as string | undefined, body: Buffer.concat(chunks).toString('latin1') });
      if (count++ < drops) return req.socket.destroy();
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen })),
  );
}

const payload = () => ({
  conversationId: 'c1',
  resumeSecret: 's1',
  description: 'Expired',
  occurredAt: '2030-01-01T10:00:00+01:00',
  contactEmail: undefined,
  screenshots: [new File([new Uint8Array([137, 80, 78, 71])], 'shot.png', { type: 'image/png' })],
});

describe('submitEscalation', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('retries a dropped request with the same Idempotency-Key and sends every field as multipart', async () => {
    const s = await start(1, { status: 201, body: { ticketId: 't1', reference: 'LD-1234-5678' } });
    server = s.server;
    await expect(submitEscalation(s.url, payload(), 'key-1')).resolves.toEqual({ ok: true, ticketId: 't1', reference: 'LD-1234-5678' });
    expect(s.seen.map((r) => r.key)).toEqual(['key-1', 'key-1']);
    const body = s.seen[1].body;
    for (const name of ['conversationId', 'resumeSecret', 'description', 'occurredAt']) expect(body).toContain(`name="${name}"`);
    expect(body).not.toContain('name="contactEmail"');
    expect(body).toMatch(/name="screenshots"; filename="shot.png"\r\nContent-Type: image\/png/);
  });

  it('returns the server error with its details, without retrying', async () => {
    const error = { code: 'invalid_request', message: 'Invalid body', details: [{ field: 'description', message: 'required' }] };
    const s = await start(0, { status: 400, body: { error } });
    server = s.server;
    await expect(submitEscalation(s.url, payload(), 'key-2')).resolves.toEqual({ ok: false, status: 400, ...error });
    expect(s.seen).toHaveLength(1);
  });

  it('rejects when the server stays unreachable', async () => {
    const s = await start(5, { status: 201, body: {} });
    server = s.server;
    await expect(submitEscalation(s.url, payload(), 'key-3')).rejects.toThrow();
    expect(s.seen).toHaveLength(3);
  }, 15_000);
});
