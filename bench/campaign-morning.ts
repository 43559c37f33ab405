import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { Client } from 'pg';
import type { ChatAck, ClientToServerEvents, ServerToClientEvents } from '../server/chat/chat-events';
import { TcpProxy } from '../test/scale/tcp-proxy';
import { startChildServer, type ChildServer } from './child-server';
import { seedOrg } from './seed-bench-data';
import { createThrowawayDatabase } from './throwaway-database';
import { judgeSoak, percentile, type TimedStatus } from './soak-verdict';

// "Campaign morning": an invitation campaign goes out and candidates arrive at once.
// 2,000 distinct links are opened through the gateway within a minute while 300
// conversations talk, and PostgreSQL is cut (a TCP proxy between the node and it) for
// 5 s in the middle. Not in CI: a minute of load on a quiet machine.
//   npx tsx bench/campaign-morning.ts        (PostgreSQL on 127.0.0.1:5432, or DATABASE_URL's server)
// Rate limits are on, as in production; each simulated person has their own address
// (X-Forwarded-For, TRUST_PROXY=loopback). A person whose open or message met the
// outage tries again, as a person reloading and the widget resending do.

const LINKS = Number(process.env.SOAK_LINKS ?? 2000);
const CONVERSATIONS = Number(process.env.SOAK_CONVERSATIONS ?? 300);
const MESSAGES_EACH = 6;
const OPENS_OVER_MS = 55_000;
const CUT_AT_MS = 25_000;
const CUT_FOR_MS = 5_000;
const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const QUESTIONS = ['my link does not work', 'the page says expired', 'my camera is blocked', 'can I get more time?', 'it keeps loading', 'thanks'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const address = (block: number, i: number) => `10.${block}.${(i >> 8) & 255}.${i & 255}`;

async function main(): Promise<void> {
  const db = await createThrowawayDatabase('ld_soak');
  const direct = new URL(db.url);
  const proxy = await TcpProxy.start({ host: direct.hostname, port: Number(direct.port || 5432) });
  const viaProxy = new URL(db.url);
  viaProxy.port = String(proxy.port);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ld-soak-'));
  let node: ChildServer | undefined;
  try {
    const apiKey = await seedOrg({ databaseUrl: db.url, dataDir }, 'Campaign org');
    node = await startChildServer({
      env: {
        DATABASE_URL: viaProxy.toString(),
        SECRET_KEY: randomBytes(32).toString('base64'),
        DEMO: 'off',
        LOG_LEVEL: 'warn',
        TRUST_PROXY: 'loopback',
        DATA_DIR: dataDir,
      },
    });
    const pidBefore = node.pid;
    console.log(`seeding ${LINKS + CONVERSATIONS} invitations…`);
    const tokens = await seedInvitations(node.url, apiKey, LINKS + CONVERSATIONS);
    const links = tokens.slice(0, LINKS);
    const chats = tokens.slice(LINKS);

    const start = Date.now();
    const now = () => Date.now() - start;
    const outage = { cutAt: CUT_AT_MS, restoredAt: CUT_AT_MS + CUT_FOR_MS, recoveredAt: Number.POSITIVE_INFINITY };
    const cut = (async () => {
      await sleep(CUT_AT_MS);
      proxy.cut();
      outage.cutAt = now();
      await sleep(CUT_FOR_MS);
      proxy.restore();
      outage.restoredAt = now();
      for (;;) {
        const res = await fetch(`${node.url}/healthz`).catch(() => undefined);
        if (res?.status === 200) break;
        await sleep(100);
      }
      outage.recoveredAt = now();
    })();

    const opens: TimedStatus[] = [];
    const openLatencies: number[] = [];
    const openRuns = links.map(async (link, i) => {
      await sleep((i * OPENS_OVER_MS) / LINKS);
      for (;;) {
        const sentAt = Date.now();
        const res = await fetch(`${node!.url}/i/${link.token}`, { redirect: 'manual', headers: { 'user-agent': BROWSER, 'x-forwarded-for': address(1, i) } })
          .then((r) => r.status)
          .catch(() => 599);
        opens.push({ at: now(), status: res });
        openLatencies.push(Date.now() - sentAt);
        if (res < 500) return;
        await sleep(1000); // the person reloads
      }
    });

    const sends: TimedStatus[] = [];
    const sentIds: string[] = [];
    const replyLatencies: number[] = [];
    const conversations = chats.map((chat, i) => talk(node!.url, chat.token, i, { now, sends, sentIds, replyLatencies }));

    await Promise.all([cut, ...openRuns, ...conversations]);
    const elapsed = now();
    const pidAfter = node.pid;
    const store = await readStore(
      db.url,
      links.map((l) => l.id),
    );
    const verdict = judgeSoak({ outage, opens, sends, accessCounts: store.accessCounts, sentIds, storedPerId: store.storedPerId, pids: [pidBefore, pidAfter] });

    openLatencies.sort((a, b) => a - b);
    replyLatencies.sort((a, b) => a - b);
    const lastOpenAt = Math.max(...opens.filter((o) => o.status === 302).map((o) => o.at));
    console.log(
      `\n${LINKS} links opened (last at ${(lastOpenAt / 1000).toFixed(1)} s), ${CONVERSATIONS} conversations × ${MESSAGES_EACH} messages, in ${(elapsed / 1000).toFixed(1)} s`,
    );
    console.log(
      `PostgreSQL cut at ${(outage.cutAt / 1000).toFixed(1)} s for ${((outage.restoredAt - outage.cutAt) / 1000).toFixed(1)} s; /healthz 200 again ${outage.recoveredAt - outage.restoredAt} ms after it came back`,
    );
    console.log(
      `gateway: ${opens.length} requests, by status ${tally(opens)}; p50 ${percentile(openLatencies, 50)} ms, p99 ${percentile(openLatencies, 99)} ms`,
    );
    console.log(
      `chat: ${sends.length} sends for ${sentIds.length} messages, by outcome ${tally(sends)}; ack p50 ${percentile(replyLatencies, 50)} ms, p99 ${percentile(replyLatencies, 99)} ms`,
    );
    for (const line of verdict.lines) console.log(line);
    process.exitCode = verdict.ok ? 0 : 1;
  } finally {
    await node?.stop('SIGTERM');
    await proxy.close();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `{"302":1998,"503":2}`: how many of each status or ack code. */
function tally(events: TimedStatus[]): string {
  const counts: Record<string, number> = {};
  for (const e of events) counts[e.status] = (counts[e.status] ?? 0) + 1;
  return JSON.stringify(counts);
}

interface Recorder {
  now: () => number;
  sends: TimedStatus[];
  sentIds: string[];
  replyLatencies: number[];
}

/** One candidate's widget: connects, asks MESSAGES_EACH questions over the minute, resends what was refused. */
async function talk(url: string, token: string, i: number, rec: Recorder): Promise<void> {
  await sleep((i * 3000) / CONVERSATIONS);
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(`${url}/chat`, {
    auth: { token },
    transports: ['websocket'],
    forceNew: true,
    extraHeaders: { 'x-forwarded-for': address(2, i) },
  });
  await new Promise<void>((resolve) => socket.once('conversation:ready', () => resolve()));
  const spacing = 50_000 / MESSAGES_EACH;
  try {
    for (let m = 0; m < MESSAGES_EACH; m += 1) {
      await sleep(spacing * (0.5 + Math.random()));
      const clientMessageId = `soak-${i}-${m}`;
      rec.sentIds.push(clientMessageId);
      for (;;) {
        const sentAt = Date.now();
        // socket.io-client types a timed-out ack as any; the contract says what it is.
        const ack = (await socket
          .timeout(10_000)
          .emitWithAck('message:send', { text: QUESTIONS[m % QUESTIONS.length], clientMessageId })
          .catch(() => ({ error: { code: 'timeout', message: 'no ack within 10 s' } }))) as ChatAck;
        const status = 'error' in ack ? ack.error.code : 'ok';
        rec.sends.push({ at: rec.now(), status });
        rec.replyLatencies.push(Date.now() - sentAt);
        if (status === 'ok') break;
        await sleep(1000); // the widget keeps it and sends it again
      }
    }
  } finally {
    socket.close();
  }
}

async function seedInvitations(url: string, apiKey: string, count: number): Promise<{ id: string; token: string }[]> {
  const post = async <T>(path: string, body: object): Promise<T> => {
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify(body),
    });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const job = await post<{ id: string }>('/api/v1/jobs', { title: 'Graduate Engineer', recruiter: { name: 'Riley Morgan', email: 'riley@example.com' } });
  const out: { id: string; token: string }[] = [];
  for (let i = 0; i < count; i += 20) {
    const batch = Array.from({ length: Math.min(20, count - i) }, (_, k) =>
      post<{ id: string; token: string }>('/api/v1/invitations', {
        jobId: job.id,
        candidate: { name: `Candidate ${i + k}`, email: `candidate${i + k}@example.com` },
        targetUrl: 'https://platform.example.com/assess/1',
      }),
    );
    out.push(...(await Promise.all(batch)));
  }
  return out;
}

async function readStore(url: string, linkIds: string[]) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const counts = await client.query<{ id: string; access_count: number }>('SELECT id, access_count FROM invitations WHERE id = ANY($1)', [linkIds]);
    const byId = new Map(counts.rows.map((r) => [r.id, Number(r.access_count)]));
    const stored = await client.query<{ client_message_id: string; n: string }>(
      "SELECT client_message_id, count(*) AS n FROM conversation_messages WHERE role = 'candidate' AND client_message_id LIKE 'soak-%' GROUP BY client_message_id",
    );
    return { accessCounts: linkIds.map((id) => byId.get(id) ?? 0), storedPerId: new Map(stored.rows.map((r) => [r.client_message_id, Number(r.n)])) };
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
