// The whole service in-process for browser tests, wired as server/main.ts does it
// (app + chat on one HTTP server, real PGlite), plus a host page on another origin
// that embeds the widget with one script tag.
import { mkdir } from 'node:fs/promises';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pino from 'pino';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../server/app';
import { createChatServer, type ChatServer } from '../../server/chat/chat-server';
import { createServices, type Services } from '../../server/services';
import { createWidgetAssets } from '../../server/http/widget-assets';
import { realKnowledge } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';

export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');

export interface Stack {
  publicUrl: string;
  services: Services;
  /** The /chat server, to push events to a conversation as another node or a recruiter would. */
  chat: ChatServer;
  /** A page on another origin whose widget tag carries `data-token`. */
  hostPage(token: string): string;
  close(): Promise<void>;
}

const listen = (server: HttpServer) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

export async function startStack(): Promise<Stack> {
  const db = await createTestDatabase();
  const http = createServer();
  // The port must be known first: PUBLIC_URL is in every link and in the Origin check.
  const publicUrl = await listen(http);
  const services = createServices({ db, secretKey: Buffer.alloc(32, 9), publicUrl, knowledge: realKnowledge });
  const widget = createWidgetAssets(false);
  const app = createApp(services, { logger: pino({ level: process.env.E2E_LOG ?? 'silent' }), rateLimit: false, widget });
  http.on('request', app);
  const chat = createChatServer(http, services, { rateLimit: false });

  const host = createServer((req, res) => {
    const token = new URL(req.url ?? '/', 'http://host').searchParams.get('token') ?? '';
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="en"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme careers</title><main><h1>Acme careers</h1><p>Your assessment for Acme.</p></main>
<script src="${publicUrl}/widget.js" async data-token="${encodeURIComponent(token)}" data-open></script>`);
  });
  const hostUrl = await listen(host);
  await mkdir(ARTIFACTS, { recursive: true });
  return {
    publicUrl,
    services,
    chat,
    hostPage: (token) => `${hostUrl}/careers?token=${encodeURIComponent(token)}`,
    async close() {
      await new Promise((resolve) => host.close(resolve));
      // close()'s own promise settles before `http` has closed; its callback waits for that.
      await new Promise<void>((resolve) => void chat.close(() => resolve())); // closes `http` too
      await db.close();
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface InvitationOptions {
  /** Two days past its deadline (the default), or two days before it. */
  state?: 'expired' | 'valid';
  orgName?: string;
  recruiterEmail?: string;
}

/** A strict org with one job and one invitation, made through the public API as a platform would. */
export async function invitationThroughApi(stack: Stack, options: InvitationOptions = {}): Promise<{ token: string; invitationId: string; orgId: string }> {
  const { org, apiKey } = await stack.services.orgs.createWithKey({ name: options.orgName ?? 'Acme', policy: 'strict' });
  const post = async (url: string, body: object) => {
    const res = await fetch(`${stack.publicUrl}${url}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status !== 201) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<{ id: string; token: string }>;
  };
  const job = await post('/api/v1/jobs', { title: 'Data Analyst', recruiter: { name: 'Riley Morgan', email: options.recruiterEmail ?? 'riley@acme.test' } });
  const invitation = await post('/api/v1/invitations', {
    jobId: job.id,
    candidate: { name: 'Jane Candidate', email: 'jane@example.com' },
    targetUrl: 'https://assess.example.com/t/1',
    expiresAt: new Date(Date.now() + (options.state === 'valid' ? 2 : -2) * 86_400_000).toISOString(),
  });
  return { token: invitation.token, invitationId: invitation.id, orgId: org.id };
}

/** The conversation id the widget keeps in sessionStorage, once the socket handshake is done. */
export async function widgetConversationId(p: Page): Promise<string> {
  const handle = await p.waitForFunction(() => {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith('linkdoctor-chat:')) return (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { conversationId?: string }).conversationId;
    }
    return undefined;
  });
  return (await handle.jsonValue()) as string;
}
