import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Level, Logger } from 'pino';

// One log line per request, and `req.log` carrying its id for the handlers that log.
// Hand-written rather than pino-http: that one builds a child logger and serializes
// the request for every request, logged or not, which cost the diagnosis endpoint a
// tenth of its CPU. Here the child is made only when a handler asks for it.

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

export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const id = requestId(req.headers['x-request-id']);
    res.setHeader('X-Request-Id', id);
    let child: Logger | undefined;
    Object.defineProperty(req, 'log', { configurable: true, get: () => (child ??= logger.child({ reqId: id })) });
    const started = performance.now();
    res.once('close', () => {
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
  };
}
