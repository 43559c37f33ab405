import type { RequestHandler } from 'express';
import multer from 'multer';
import { AppError, BadRequestError } from '../http/errors';

export const MAX_SCREENSHOTS = 5;
export const MAX_SCREENSHOT_BYTES = 5 * 1024 * 1024;

const upload = multer({
  storage: multer.memoryStorage(),
  limits: {
    fileSize: MAX_SCREENSHOT_BYTES,
    files: MAX_SCREENSHOTS,
    fields: 20,
    fieldSize: 16 * 1024,
    parts: 30,
    headerPairs: 50,
  },
}).array('screenshots', MAX_SCREENSHOTS);

/**
 * Parses the multipart body (JSON bodies pass through untouched). Whatever busboy
 * or multer object to, a truncated body, a bad boundary, a file too many or too
 * big, becomes a 4xx in the contract's shape naming the field.
 */
export const screenshotUpload: RequestHandler = (req, res, next) => {
  upload(req, res, (error: unknown) => {
    if (!error) return next();
    if (error instanceof multer.MulterError) {
      const field = error.field ?? 'screenshots';
      const tooLarge = error.code === 'LIMIT_FILE_SIZE';
      return next(
        tooLarge
          ? new AppError(413, 'payload_too_large', `A screenshot is over ${MAX_SCREENSHOT_BYTES / 1024 / 1024} MB`, [{ field, message: 'file too large' }])
          : new BadRequestError(`Invalid upload: ${error.message}`, [{ field, message: error.message }], 'invalid_upload'),
      );
    }
    next(new BadRequestError('Malformed multipart body', [{ field: 'body', message: (error as Error).message ?? 'unreadable' }], 'malformed_multipart'));
  });
};
