// Which failures mean "the store cannot be reached" (retry later, answer 503) rather
// than "this query is wrong" (a bug, answer 500). node-postgres reports a lost or
// refused connection in several shapes: a socket error code, a SQLSTATE from the
// server going down, or only a message.

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED']);

// 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now,
// 53300 too_many_connections; class 08 is "connection exception".
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

const MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /not queryable/i,
  /connection (?:was )?(?:closed|ended)/i,
  /query read timeout/i,
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  errors?: unknown;
  cause?: unknown;
}

export function isStoreUnavailableError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const { code, message, errors, cause } = error as ErrorLike;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATES.has(code) || code.startsWith('08'))) return true;
  if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) return true;
  // Node's AggregateError (every address of "localhost" refused) and wrapped causes.
  if (Array.isArray(errors) && errors.some((inner) => isStoreUnavailableError(inner, depth + 1))) return true;
  return isStoreUnavailableError(cause, depth + 1);
}

/** A unique constraint refused the write (SQLSTATE 23505), on `constraint` when given. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const failure = error as { code?: unknown; constraint?: unknown; message?: unknown } | null;
  if (failure?.code !== '23505') return false;
  if (!constraint) return true;
  return failure.constraint === constraint || (typeof failure.message === 'string' && failure.message.includes(constraint));
}
