import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isStoreUnavailableError } from '../db/store-errors';
import { AppError, NotFoundError, ServiceUnavailableError, TooManyRequestsError } from './errors';

/** Registered after every route: unknown paths are 404s in the contract's shape. */
export const notFoundHandler: RequestHandler = (_req, _res, next) => {
  next(new NotFoundError('Route'));
};

interface BodyParserError {
  type?: string;
  status?: number;
}

/** The one place errors become responses; registered last. */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const appError = toAppError(error);
  if (appError instanceof ServiceUnavailableError) req.log?.warn({ reason: (error as Error)?.message }, 'store unavailable');
  else if (appError.status >= 500) req.log?.error({ err: error }, 'request failed');
  if (res.headersSent) return;
  if (appError instanceof TooManyRequestsError || appError instanceof ServiceUnavailableError) {
    res.setHeader('Retry-After', String(appError.retryAfterSeconds));
  }
  const { code, message, details } = appError;
  res.status(appError.status).json({ error: details ? { code, message, details } : { code, message } });
};

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const bodyError = error as BodyParserError;
  // body-parser marks its own failures with a `type`; they are the client's fault.
  if (bodyError?.type === 'entity.parse.failed') {
    return new AppError(400, 'malformed_json', 'Request body is not valid JSON', [{ field: 'body', message: 'malformed JSON' }]);
  }
  if (bodyError?.type === 'entity.too.large') {
    return new AppError(413, 'payload_too_large', 'Request body is too large');
  }
  if (bodyError?.type === 'encoding.unsupported' || bodyError?.type === 'charset.unsupported') {
    return new AppError(415, 'unsupported_encoding', 'Unsupported body encoding');
  }
  // Express and its parsers mark other faults of the request (a path parameter that
  // does not decode, say) with a 4xx status: the client's fault, not a 500.
  if (typeof bodyError?.status === 'number' && bodyError.status >= 400 && bodyError.status < 500) {
    return new AppError(bodyError.status, 'bad_request', 'The request could not be read', [{ field: 'request', message: 'unreadable' }]);
  }
  // The store is down or restarting: the request may well succeed in a moment.
  if (isStoreUnavailableError(error)) return new ServiceUnavailableError();
  return new AppError(500, 'internal_error', 'Something went wrong on our side');
}
