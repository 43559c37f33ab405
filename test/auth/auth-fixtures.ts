import express, { type Express } from 'express';
import request from 'supertest';
import { authenticate, currentActor, orgScope, requireActor } from '../../server/auth/actor';
import type { Role } from '../../server/auth/user-store';
import { errorHandler } from '../../server/http/error-handler';
import { PUBLIC_URL, type TestApp } from '../support/test-app';

export const SAME_ORIGIN = { Origin: PUBLIC_URL };
export const CROSS_SITE = { Origin: 'https://evil.example' };

let seq = 0;

/** A user with a known password; recruiters get a fresh org unless one is given. */
export async function createUser(t: TestApp, role: Role, orgId?: string) {
  seq += 1;
  const email = `${role}-${seq}-${Date.now()}@example.com`;
  const password = `correct horse ${seq}`;
  const org = role === 'recruiter' && !orgId ? (await t.createOrg()).orgId : orgId;
  const user = await t.services.users.create({ email, password, role, orgId: org });
  return { id: user.id, email, password, orgId: user.orgId };
}

/** `ld_session=<value>` from a response's Set-Cookie, or undefined. */
export function sessionCookie(res: request.Response): string | undefined {
  const header = res.headers['set-cookie'] as unknown as string[] | undefined;
  const line = header?.find((c) => c.startsWith('ld_session='));
  const pair = line?.split(';')[0];
  return pair && pair !== 'ld_session=' ? pair : undefined;
}

export async function login(app: Express, email: string, password: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await request(app).post('/api/v1/auth/login').set(headers).send({ email, password });
  const cookie = sessionCookie(res);
  if (res.status !== 200 || !cookie) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return cookie;
}

/**
 * The real app behind a few test-only routes guarded the way later features will be:
 * GET /probe/support (agent, admin), GET /probe/platform (agent, admin, org API key),
 * POST /probe/write (anyone signed in). Each answers the actor and its org scope.
 */
export function probeApp(t: TestApp): Express {
  const outer = express();
  outer.use(express.json());
  const auth = authenticate(t.services);
  const answer: express.RequestHandler = (_req, res) => {
    const actor = currentActor(res);
    res.json({ actor, scope: orgScope(actor) });
  };
  outer.get('/probe/support', auth, requireActor({ roles: ['agent', 'admin'] }), answer);
  outer.get('/probe/platform', auth, requireActor({ roles: ['agent', 'admin', 'org'] }), answer);
  outer.post('/probe/write', auth, requireActor(), answer);
  outer.use(t.app);
  outer.use(errorHandler);
  return outer;
}
