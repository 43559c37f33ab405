import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { AppError, UnauthorizedError } from '../http/errors';
import type { Limits } from '../http/limits';
import { validate } from '../http/validate';
import type { OrgStore } from '../orgs/org-store';
import { hashPassword, verifyPassword } from '../security/passwords';
import { generateSecret } from '../security/secrets';
import { authenticate, currentActor, requireActor } from './actor';
import { LoginThrottle } from './login-throttle';
import { assertOriginIfPresent, originOf } from './origin-check';
import { clearSessionCookie, readSessionToken, setSessionCookie } from './session-cookie';
import type { SessionStore } from './session-store';
import type { UserStore } from './user-store';

export interface AuthRouterDeps {
  users: UserStore;
  sessions: SessionStore;
  orgs: OrgStore;
  publicUrl: string;
  now: () => Date;
}

export class InvalidCredentialsError extends AppError {
  constructor() {
    super(401, 'invalid_credentials', 'Email or password is incorrect');
  }
}

export const loginSchema = z.object({
  email: z.string().trim().min(1).max(320),
  // scrypt's cost barely depends on length, but an unbounded string is still work for nothing.
  password: z.string().min(1).max(1024),
});

const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

/** POST /auth/login, POST /auth/logout, GET /auth/me; mount under /api/v1. */
export function createAuthRouter(deps: AuthRouterDeps, options: { limits: Limits }): Router {
  const router = Router();
  const allowedOrigin = originOf(deps.publicUrl);
  const throttle = new LoginThrottle(options.limits);
  // An unknown email is checked against this hash, so it costs as long as a wrong password.
  const dummyHash = hashPassword(generateSecret());

  router.post('/auth/login', noStore, async (req, res) => {
    assertOriginIfPresent(req, allowedOrigin);
    const { email, password } = validate(loginSchema, req.body);
    const attempt = { email, ip: req.ip ?? 'unknown' };
    await throttle.begin(attempt);
    const user = await deps.users.findByEmail(email);
    const matches = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
    if (!user || !matches) throw new InvalidCredentialsError();
    await throttle.succeeded(attempt);

    // Rotation: whatever session the browser had (perhaps planted) ends here.
    const previous = readSessionToken(req);
    if (previous) await deps.sessions.revoke(previous);
    const now = deps.now();
    const { token, endsAt } = await deps.sessions.create(user.id, { userAgent: req.get('user-agent'), ip: req.ip }, now);
    await deps.sessions.purgeExpired(now);
    setSessionCookie(res, deps.publicUrl, token, endsAt);
    res.json({ user: { id: user.id, email: user.email, role: user.role, orgId: user.orgId } });
  });

  router.post('/auth/logout', noStore, authenticate(deps), async (req, res) => {
    const token = readSessionToken(req);
    if (token) await deps.sessions.revoke(token);
    clearSessionCookie(res, deps.publicUrl);
    res.status(204).end();
  });

  router.get('/auth/me', noStore, authenticate(deps), requireActor({ roles: ['recruiter', 'agent', 'admin'] }), (_req, res) => {
    const actor = currentActor(res);
    if (actor.kind !== 'user') throw new UnauthorizedError();
    res.json({ user: { id: actor.userId, email: actor.email, role: actor.role, orgId: actor.orgId } });
  });

  return router;
}
