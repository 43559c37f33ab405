import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * HTML and JSON answers of 1 KB or more go out compressed (brotli or gzip, as the
 * client accepts) by the maintained `compression` middleware; smaller ones are not
 * worth the CPU. Responses marked `no-transform` (the precompressed widget) and the
 * ones already encoded are left alone by the middleware itself.
 */
export function compressResponses(): RequestHandler {
  return compression({ threshold: 1024 });
}
