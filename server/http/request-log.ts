import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import type { Level, Logger } from 'pino';

// One log line per request, and `req.log` carrying its id for the handlers that log.
// Hand-written rather than pino-http: that one builds a child logger and serializes
// the request for every request, logged or not, which cost the diagnosis endpoint a
// tenth of its CPU. Here the child is made only when a handler asks for it, by a
// getter defined once on the app's request prototype rather than on every request.

declare module 'node:http' {
  interface IncomingMessage {
    /** This request's logger (its id bound); created on first use. */
    log: Logger;
  }
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** A caller's X-Request-Id when it is a sane token, so traces join across services. */
function requestId(given: string | string[] | undefined): string {
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

// Successes log at debug (LOG_LEVEL=debug brings them back), refusals at info.
function levelFor(status: number, aborted: boolean): Level {
  if (status >= 500) return 'error';
  if (status >= 400 || aborted) return 'info';
  return 'debug';
}

const ID = Symbol('requestId');
const CHILD = Symbol('requestLogger');

interface Tracked {
  [ID]?: string;
  [CHILD]?: Logger;
}

/** Gives every request an id (echoed as X-Request-Id), `req.log`, and one log line when it ends. */
export function useRequestLog(app: Express, logger: Logger): void {
  Object.defineProperty(app.request, 'log', {
    configurable: true,
    get(this: Tracked) {
      return (this[CHILD] ??= logger.child({ reqId: this[ID] }));
    },
  });
  app.use((req, res, next) => {
    const id = requestId(req.headers['x-request-id']);
    (req as Tracked)[ID] = id;
    res.setHeader('X-Request-Id', id);
    const started = performance.now();
    // on, not once: a response closes once, and once() wraps every listener in a bound copy.
    res.on('close', () => {
      const aborted = !res.writableFinished;
      const level = levelFor(res.statusCode, aborted);
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          reqId: id,
          req: { method: req.method, url: req.originalUrl, remoteAddress: req.socket?.remoteAddress },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(performance.now() - started),
        },
        aborted ? 'request aborted' : 'request completed',
      );
    });
    next();
  });
}
