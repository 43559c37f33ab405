import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/**
 * HTML and JSON answers of 1 KB or more go out compressed (brotli or gzip, as the
 * client accepts) by the maintained `compression` middleware; smaller ones are not
 * worth the CPU. Responses marked `no-transform` (the precompressed widget) and the
 * ones already encoded are left alone by the middleware itself. Event streams (the
 * live inbox) are never compressed: the compressor would hold each event back until
 * its buffer fills.
 */
export function compressResponses(): RequestHandler {
  return compression({
    threshold: 1024,
    filter: (req: Request, res: Response) => {
      if (String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream')) return false;
      if (req.headers.accept?.includes('text/event-stream')) return false;
      return compression.filter(req, res);
    },
  });
}
