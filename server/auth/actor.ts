import type { RequestHandler, Response } from 'express';
import { ForbiddenError, UnauthorizedError } from '../http/errors';
import type { OrgStore } from '../orgs/org-store';
import { assertSameOrigin, isUnsafeMethod, originOf } from './origin-check';
import { clearSessionCookie, readSessionToken } from './session-cookie';
import type { SessionStore } from './session-store';
import type { Role } from './user-store';

/** Who is making the request: a signed-in person, or a hiring platform with its org's API key. */
export type Actor = { kind: 'user'; userId: string; email: string; role: Role; orgId: string | null } | { kind: 'api_key'; role: 'org'; orgId: string };

export type ActorRole = Actor['role'];

/** `Services` satisfies this, so routes can call `authenticate(services)`. */
export interface AuthenticateDeps {
  sessions: SessionStore;
  orgs: OrgStore;
  /** Its origin is the only one allowed to make cookie-authenticated writes. */
  publicUrl: string;
  now: () => Date;
}

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Resolves `Authorization: Bearer <org API key>` or else the session cookie into
 * `res.locals.actor`; anonymous requests pass through (see `requireActor`). A wrong
 * API key is a 401 at once. A cookie-authenticated unsafe request from another
 * origin is a 403; API keys are exempt, a browser never attaches them by itself.
 */
export function authenticate(deps: AuthenticateDeps): RequestHandler {
  const allowedOrigin = originOf(deps.publicUrl);
  return async (req, res, next) => {
    const bearer = BEARER.exec(req.get('authorization') ?? '');
    if (bearer) {
      const org = await deps.orgs.findByApiKey(bearer[1]);
      if (!org) throw new UnauthorizedError('Invalid API key');
      res.locals.org = org;
      res.locals.actor = { kind: 'api_key', role: 'org', orgId: org.id } satisfies Actor;
      return next();
    }
    const token = readSessionToken(req);
    const session = token ? await deps.sessions.resolve(token, deps.now()) : undefined;
    if (token && !session) clearSessionCookie(res, deps.publicUrl);
    if (session) {
      if (isUnsafeMethod(req.method)) assertSameOrigin(req, allowedOrigin);
      const { id, email, role, orgId } = session.user;
      res.locals.actor = { kind: 'user', userId: id, email, role, orgId } satisfies Actor;
    }
    next();
  };
}

/** 401 when nobody is signed in, 403 when the actor's role is not among `roles` (default: any). */
export function requireActor(options: { roles?: ActorRole[] } = {}): RequestHandler {
  return (_req, res, next) => {
    const actor = res.locals.actor as Actor | undefined;
    if (!actor) throw new UnauthorizedError('Sign in or send Authorization: Bearer <apiKey>');
    if (options.roles && !options.roles.includes(actor.role)) throw new ForbiddenError('Your role may not do this');
    next();
  };
}

export function currentActor(res: Response): Actor {
  const actor = res.locals.actor as Actor | undefined;
  if (!actor) throw new UnauthorizedError();
  return actor;
}

/**
 * The one org the actor may see, or null for every org: admins, and support agents
 * created without an org (platform support). An agent created with an org is that
 * org's own support and sees it only.
 */
export function orgScope(actor: Actor): string | null {
  if (actor.kind === 'api_key') return actor.orgId;
  if (actor.role === 'admin') return null;
  if (actor.role === 'agent') return actor.orgId;
  // The schema forbids a recruiter without an org; refuse rather than widen if one appears.
  if (!actor.orgId) throw new ForbiddenError('Recruiter without an organisation');
  return actor.orgId;
}

/** Whether the actor may see objects of `orgId`; callers answer 404 when not, as for a missing id. */
export function canAccessOrg(actor: Actor, orgId: string): boolean {
  const scope = orgScope(actor);
  return scope === null || scope === orgId;
}
