import { createHash } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { currentOrg } from './api-key-auth';
import { BadRequestError, ConflictError } from './errors';
import type { IdempotencyKeys, IdempotencyScope } from './idempotency-keys';

// `Idempotency-Key` on a creating POST: a platform that retries (a timeout, a crash
// before it recorded our answer) gets the first answer again instead of a duplicate.
// Keys are scoped to the org and the route. Only successful answers are kept: a
// refused request changed nothing, so running it again is what a retry wants.

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** Key order does not make two bodies different. */
export function requestHash(body: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
      );
    }
    return value;
  };
  return createHash('sha256')
    .update(JSON.stringify(canonical(body ?? null)))
    .digest('hex');
}

/** Route middleware, after API-key auth and before the handler. */
export function idempotent(keys: IdempotencyKeys): RequestHandler {
  return async (req, res, next) => {
    const key = req.get(IDEMPOTENCY_HEADER);
    if (key === undefined) return next();
    if (!KEY_PATTERN.test(key)) {
      throw new BadRequestError(
        `Invalid ${IDEMPOTENCY_HEADER}`,
        [{ field: IDEMPOTENCY_HEADER, message: '1 to 255 visible ASCII characters' }],
        'validation_failed',
      );
    }
    const scope: IdempotencyScope = [currentOrg(res).id, `${req.method} ${req.baseUrl}${req.path}`, key];
    const hash = requestHash(req.body);
    const earlier = await keys.claim(scope, hash);
    if (earlier.state === 'claimed') {
      keepAnswer(res, keys, scope);
      return next();
    }
    if (earlier.requestHash !== hash) {
      throw new ConflictError(`This ${IDEMPOTENCY_HEADER} was used with another request body`, 'idempotency_key_reused');
    }
    if (earlier.state === 'running') {
      throw new ConflictError(`The first request with this ${IDEMPOTENCY_HEADER} is still running; retry shortly`, 'idempotency_request_in_progress');
    }
    res.setHeader('Idempotent-Replayed', 'true');
    res.status(earlier.status).json(earlier.body);
  };
}

/** Stores a successful answer before it is sent, so an immediate retry finds it; frees the key otherwise. */
function keepAnswer(res: Response, keys: IdempotencyKeys, scope: IdempotencyScope): void {
  const send = res.json.bind(res);
  let settled = false;
  res.json = (body: unknown) => {
    if (settled) return send(body);
    settled = true;
    const status = res.statusCode;
    const recorded = status < 300 ? keys.save(scope, status, body) : keys.release(scope);
    recorded.catch((error: unknown) => res.req.log?.error({ err: error }, 'idempotency: could not record the answer')).finally(() => send(body));
    return res;
  };
  res.once('close', () => {
    if (settled) return;
    settled = true;
    void keys.release(scope).catch(() => undefined);
  });
}
