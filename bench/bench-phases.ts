import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadEvalSet } from '../test/kb-eval/kb-eval-set';
import { startChildServer, type ChildServer } from './child-server';
import { runHttpBench, warmUp, type HttpBenchResult } from './http-bench';
import { seedLinks, seedOrg, type SeededLink } from './seed-bench-data';
import { askEverySecond, burst, closeAll, connectClients, type Latencies } from './socket-bench';
import { createThrowawayDatabase } from './throwaway-database';

// The measured phases of `npm run bench`. Each server runs in a child process of its
// own (its RSS and CPU are its own); the load comes from this process; every loop is
// bounded in count and time, and only loopback addresses are used.

export const HTTP = { connections: 32, seconds: 10, warmSeconds: 3 };
// An idle node's RSS is read twice: 5 s after the 2,000 connections (their handshakes'
// garbage still on the heap) and 25 s after, once V8's memory reducer has run.
export const SOCKETS = { idle: 2000, active: 500, askSeconds: 15, idleSettleMs: 5000, idleQuietMs: 25_000 };
const SECRET_KEY = Buffer.alloc(32, 11).toString('base64');

/** Undone in reverse order at the end, or on Ctrl-C: children killed, databases dropped. */
export const cleanups: (() => Promise<unknown>)[] = [];

export type Store = 'pglite' | 'postgres';

export interface ServerUnderTest {
  server: ChildServer;
  links: SeededLink[];
  stop(): Promise<void>;
}

/** The service on a fresh store, RATE_LIMIT=off, with an org and `linkCount` links. */
export async function startService(store: Store, linkCount: number, env: Record<string, string> = {}): Promise<ServerUnderTest> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ld-bench-'));
  const db = store === 'postgres' ? await createThrowawayDatabase('ld_bench') : undefined;
  const dropStore = async () => {
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  cleanups.push(dropStore);
  const apiKey = await seedOrg({ databaseUrl: db?.url, dataDir });
  const server = await startChildServer({
    env: { DATABASE_URL: db?.url, DATA_DIR: dataDir, DEMO: 'off', RATE_LIMIT: 'off', SECRET_KEY, KB_WATCH: 'off', ...env },
  });
  cleanups.push(() => server.stop('SIGKILL'));
  const links = await seedLinks(server.url, apiKey, linkCount);
  return {
    server,
    links,
    async stop() {
      await server.stop();
      await dropStore();
    },
  };
}

/** What the widget sends first: the link's token, and for some a question. */
export function diagnoseBodies(links: SeededLink[]): object[] {
  return links.map((link, i) => (i % 4 === 0 ? { token: link.token, message: 'my camera is not detected' } : { token: link.token }));
}

export interface HttpRun extends HttpBenchResult {
  cpuMsPerRequest: number;
}

export async function measureHttp(server: ChildServer, path: string, bodies: object[]): Promise<HttpRun> {
  const options = { url: server.url, path, bodies, connections: HTTP.connections, durationSeconds: HTTP.seconds };
  await warmUp(options, HTTP.warmSeconds);
  const cpu = server.cpuSeconds();
  const result = await runHttpBench(options);
  return { ...result, cpuMsPerRequest: Math.round(((server.cpuSeconds() - cpu) * 1e6) / Math.max(1, result.requests)) / 1000 };
}

export async function measureEcho(bodies: object[]): Promise<HttpRun> {
  const echo = await startChildServer({ entry: 'bench/echo-server.ts' });
  cleanups.push(() => echo.stop('SIGKILL'));
  try {
    return await measureHttp(echo, '/echo', bodies);
  } finally {
    await echo.stop();
  }
}

export interface SocketRun {
  rssBaseMb: number;
  idle: { sockets: number; connect: Latencies; rssMb: number; perSocketKb: number; quietRssMb: number };
  active: { sockets: number; connect: Latencies; replies: Latencies; cpuPerSecond: number; cpuMsPerReply: number; waitPerSecond: number };
  burst: Latencies & { allMs: number };
  overload: { sockets: number; replies: Latencies };
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * 2,000 idle sockets (memory); then 500 each asking once a second, and a burst of
 * 500 questions at once; last, 2,000 asking once a second (past one core's capacity).
 */
export async function measureSockets(service: ServerUnderTest): Promise<SocketRun> {
  const { server } = service;
  const tokens = service.links.map((link) => link.token);
  const questions = loadEvalSet('tuning')
    .filter((q) => q.audience === 'candidate')
    .map((q) => q.q);
  const warm = await connectClients(server.url, tokens, 50);
  await askEverySecond(warm.clients, questions, 3);
  closeAll(warm.clients);
  await settle(2000);
  const rssBase = server.rssBytes();

  const idle = await connectClients(server.url, tokens, SOCKETS.idle, 100);
  await settle(SOCKETS.idleSettleMs);
  const rssIdle = server.rssBytes();
  await settle(SOCKETS.idleQuietMs - SOCKETS.idleSettleMs);
  const rssQuiet = server.rssBytes();
  closeAll(idle.clients);
  await settle(3000);

  const active = await connectClients(server.url, tokens, SOCKETS.active, 100);
  const [cpu, wait] = [server.cpuSeconds(), server.runQueueSeconds()];
  const replies = await askEverySecond(active.clients, questions, SOCKETS.askSeconds);
  const [cpuUsed, waited] = [server.cpuSeconds() - cpu, server.runQueueSeconds() - wait];
  const burstResult = await burst(active.clients, questions);
  closeAll(active.clients);
  await settle(3000);

  const many = await connectClients(server.url, tokens, SOCKETS.idle, 100);
  const overload = await askEverySecond(many.clients, questions, 10);
  closeAll(many.clients);
  return {
    rssBaseMb: mb(rssBase),
    idle: {
      sockets: idle.clients.length,
      connect: idle.latency,
      rssMb: mb(rssIdle),
      perSocketKb: Math.round((rssIdle - rssBase) / Math.max(1, idle.clients.length) / 102.4) / 10,
      quietRssMb: mb(rssQuiet),
    },
    active: {
      sockets: active.clients.length,
      connect: active.latency,
      replies,
      cpuPerSecond: round2(cpuUsed / SOCKETS.askSeconds),
      cpuMsPerReply: round2((cpuUsed * 1000) / Math.max(1, replies.count)),
      waitPerSecond: round2(waited / SOCKETS.askSeconds),
    },
    burst: burstResult,
    overload: { sockets: many.clients.length, replies: overload },
  };
}
