import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { startChildServer, type ChildServer } from '../../bench/child-server';
import { seedOrg } from '../../bench/seed-bench-data';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../../bench/throwaway-database';
import type { ChatMessage, ClientToServerEvents, ConversationReady, ServerToClientEvents, TicketUpdate } from '../../server/chat/chat-events';

// Real service processes (run as `npm start` runs them) on one throwaway
// PostgreSQL database (on the server DATABASE_URL names, else 127.0.0.1:5432), as
// several production nodes would run. Everything started here is stopped by `close()`.

export const SHARED_SECRET_KEY = Buffer.alloc(32, 42).toString('base64');
const METRICS_TOKEN = 'scale-test-metrics-token';

export interface Cluster {
  db: ThrowawayDatabase;
  apiKey: string;
  nodes: ChildServer[];
  /** Starts one more node; `databaseUrl` overrides the shared one (e.g. through a proxy). */
  start(env?: Record<string, string>): Promise<ChildServer>;
  api<T = Record<string, unknown>>(node: ChildServer, method: string, path: string, body?: object): Promise<{ status: number; body: T }>;
  /** A job and an invitation through the API of `node`; returns the invitation's token and id. */
  invitation(node: ChildServer, overrides?: object): Promise<{ id: string; token: string }>;
  /** A query straight on the shared database, for checks. */
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** The DATA_DIR the node at `url` was started with. */
  dataDirOf(url: string): string;
  close(): Promise<void>;
}

export async function startCluster(): Promise<Cluster> {
  const db = await createThrowawayDatabase('ld_scale');
  const dirs: string[] = [];
  const dirOf = new Map<string, string>();
  const nodes: ChildServer[] = [];
  const apiKey = await seedOrg({ databaseUrl: db.url, dataDir: tmpdir() }, 'Scale test org');
  let jobId: string | undefined;
  const cluster: Cluster = {
    db,
    apiKey,
    nodes,
    async start(env = {}) {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'ld-node-'));
      dirs.push(dataDir);
      const node = await startChildServer({
        env: {
          DATABASE_URL: db.url,
          SECRET_KEY: SHARED_SECRET_KEY,
          METRICS_TOKEN,
          DEMO: 'off',
          RATE_LIMIT: 'off',
          LOG_LEVEL: 'warn',
          DATA_DIR: dataDir,
          WEBHOOK_PRIVATE_ADDRESSES: 'allow', // the tests' receivers listen on loopback
          ...env,
        },
      });
      nodes.push(node);
      dirOf.set(node.url, dataDir);
      return node;
    },
    async api(node, method, urlPath, body) {
      const res = await fetch(`${node.url}${urlPath}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(15_000),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : {} };
    },
    async invitation(node, overrides = {}) {
      if (!jobId) {
        const job = await cluster.api<{ id: string }>(node, 'POST', '/api/v1/jobs', {
          title: 'Backend Engineer',
          recruiter: { name: 'Riley Morgan', email: 'riley@example.com' },
        });
        jobId = job.body.id;
      }
      const res = await cluster.api<{ id: string; token: string }>(node, 'POST', '/api/v1/invitations', {
        jobId,
        candidate: { name: 'Jane Candidate', email: 'jane@example.com' },
        targetUrl: 'https://platform.example.com/a/1',
        ...overrides,
      });
      if (res.status !== 201) throw new Error(`invitation: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const client = new Client({ connectionString: db.url });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows as T[];
      } finally {
        await client.end();
      }
    },
    dataDirOf(url) {
      const dir = dirOf.get(url);
      if (!dir) throw new Error(`no node at ${url}`);
      return dir;
    },
    async close() {
      await Promise.all(nodes.map((node) => node.stop('SIGKILL')));
      await db.drop();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A candidate's widget, reduced to a socket.io-client connection and what it received. */
export class Candidate {
  readonly socket: ClientSocket;
  readonly messages: ChatMessage[] = [];
  readonly tickets: TicketUpdate[] = [];
  readonly statuses: boolean[] = [];
  readonly readies: ConversationReady[] = [];

  constructor(url: string, auth: object | ((cb: (data: object) => void) => void), options: { reconnection?: boolean } = {}) {
    this.socket = connectSocket(`${url}/chat`, {
      auth,
      forceNew: true,
      transports: ['websocket'],
      reconnection: options.reconnection ?? false,
      reconnectionDelay: 200,
      reconnectionDelayMax: 1000,
    });
    this.socket.on('message:new', (m) => this.messages.push(m));
    this.socket.on('ticket:updated', (t) => this.tickets.push(t));
    this.socket.on('service:status', (s) => this.statuses.push(s.degraded));
    this.socket.on('conversation:ready', (r) => this.readies.push(r));
  }

  close(): void {
    this.socket.disconnect();
  }
}

/** Resolves once every node's chat knows all `nodes.length` nodes (heartbeats every 5 s). */
export async function chatNodesMeet(nodes: ChildServer[]): Promise<void> {
  for (const node of nodes) {
    await eventually(
      async () => {
        const res = await fetch(`${node.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
        const count = /^linkdoctor_chat_nodes (\d+)$/m.exec(await res.text())?.[1];
        return Number(count) >= nodes.length;
      },
      `${node.url} to see ${nodes.length} chat nodes`,
      20_000,
    );
  }
}

/** Polls `check` until it returns something truthy, or fails after `timeoutMs` naming `what`. */
export async function eventually<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
