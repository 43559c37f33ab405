import { z } from 'zod';

// Field schemas shared by several routes, so every route words its errors alike.

export const emailSchema = z.email().max(320);
export const nameSchema = z.string().trim().min(1).max(200);
export const idParamSchema = z.string().min(1).max(100);
/** The platform's own id for a job or an invitation; unique per org. */
export const externalIdSchema = z.string().trim().min(1).max(200);
// Dates far outside any hiring process (year 9999, year 1) are typos or probes; each
// would sort, format and compute durations oddly everywhere it goes.
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);
export const isoDateSchema = z.iso
  .datetime({ offset: true })
  .transform((v) => new Date(v))
  .refine((d) => d.getTime() >= EARLIEST && d.getTime() < LATEST, 'must lie between 1970 and 2199');

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
