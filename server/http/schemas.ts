import { z } from 'zod';

// Field schemas shared by several routes, so every route words its errors alike.

export const emailSchema = z.email().max(320);
export const nameSchema = z.string().trim().min(1).max(200);
export const idParamSchema = z.string().min(1).max(100);
/** The platform's own id for a job or an invitation; unique per org. */
export const externalIdSchema = z.string().trim().min(1).max(200);
export const isoDateSchema = z.iso.datetime({ offset: true }).transform((v) => new Date(v));

export const timeZoneSchema = z
  .string()
  .max(100)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Paris');
