import type { z } from 'zod';
import { BadRequestError, type ErrorDetail } from './errors';

/** Parses `input` with `schema` or throws a 400 naming every offending field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, where = 'body'): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details: ErrorDetail[] = result.error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : where,
    message: issue.message,
  }));
  const fields = [...new Set(details.map((d) => d.field))].join(', ');
  throw new BadRequestError(`Invalid ${where}: ${fields}`, details, 'validation_failed');
}
