import { Router, type Response } from 'express';
import { authenticate, currentActor, orgScope, requireActor, type AuthenticateDeps } from '../auth/actor';
import type { Queryable } from '../db/database';
import { ForbiddenError } from '../http/errors';

// GET /api/v1/inbox/stream: Server-Sent Events telling a signed-in recruiter (or
// support) that their requests changed: a new ticket, a status change, a candidate's
// new message. Each stream compares a small fingerprint of the reader's tickets every
// few seconds, which holds on any number of nodes with no message bus; the page then
// reloads the list. Streams are ended when the node drains, so shutdown is not held up.

const open = new Set<Response>();
const KEEP_ALIVE_TICKS = 10;

/** Ends every open stream; browsers reconnect by themselves, to another node when this one is going. */
export function closeInboxStreams(): void {
  for (const res of open) res.end();
  open.clear();
}

async function fingerprint(db: Queryable, scope: string | null): Promise<string> {
  const [row] = await db.query<{ n: number; updated: Date | null; said: Date | null }>(
    `SELECT count(*)::int AS n, max(t.updated_at) AS updated,
       max((SELECT max(m.at) FROM conversation_messages m WHERE m.conversation_id = t.conversation_id AND m.role = 'candidate')) AS said
     FROM tickets t WHERE $1::text IS NULL OR t.org_id = $1`,
    [scope],
  );
  return `${row.n}|${row.updated ? new Date(row.updated).toISOString() : ''}|${row.said ? new Date(row.said).toISOString() : ''}`;
}

export interface InboxStreamDeps extends AuthenticateDeps {
  db: Queryable;
}

export function createInboxStreamRouter(deps: InboxStreamDeps, options: { pollMs?: number } = {}): Router {
  const router = Router();
  const pollMs = options.pollMs ?? 2000;
  router.get('/inbox/stream', authenticate(deps), requireActor({ roles: ['recruiter', 'agent', 'admin'] }), async (req, res) => {
    const actor = currentActor(res);
    // A browser page's stream: an org's API key has webhooks for this.
    if (actor.kind !== 'user') throw new ForbiddenError('Sign in to follow the inbox');
    const scope = orgScope(actor);
    let last = await fingerprint(deps.db, scope);
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' });
    res.write(`retry: 3000\n\nevent: ready\ndata: {}\n\n`);
    open.add(res);
    let ticks = 0;
    let busy = false;
    const timer = setInterval(() => {
      if (busy) return;
      busy = true;
      fingerprint(deps.db, scope)
        .then((now) => {
          ticks += 1;
          if (now !== last) res.write(`event: changed\ndata: {}\n\n`);
          else if (ticks % KEEP_ALIVE_TICKS === 0) res.write(': still here\n\n');
          last = now;
        })
        .catch(() => undefined) // the store is down: say nothing, try again next tick
        .finally(() => (busy = false));
    }, pollMs);
    req.on('close', () => {
      clearInterval(timer);
      open.delete(res);
    });
  });
  return router;
}
