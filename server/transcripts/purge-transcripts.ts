import { z } from 'zod';
import type { Queryable } from '../db/database';
import { validate } from '../http/validate';
import { TranscriptStore } from './transcript-store';

// `cli transcripts purge --older-than 90d`: the retention limit on what candidates
// told the bot. A conversation goes once it has been idle longer than the limit, so
// one still in use is never cut in half.

const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;
const DURATION = /^(\d{1,6})([hdw])$/;

/** "12h", "90d", "4w" → milliseconds; null for anything else (zero included). */
export function parseDuration(text: string): number | null {
  const match = DURATION.exec(text.trim());
  if (!match) return null;
  const amount = Number(match[1]);
  return amount > 0 ? amount * UNIT_MS[match[2] as keyof typeof UNIT_MS] : null;
}

/** Deletes conversations (messages and labels with them) idle for longer than `olderThanMs`. */
export async function purgeTranscripts(db: Queryable, olderThanMs: number, now: Date): Promise<{ purged: number }> {
  const purged = await new TranscriptStore(db).purgeInactiveBefore(new Date(now.getTime() - olderThanMs));
  return { purged };
}

const purgeArgs = z.object({
  'older-than': z.string({ error: 'required, e.g. 90d or 12h' }).refine((v) => parseDuration(v) !== null, 'must be a positive duration such as 90d, 12h or 4w'),
});

/** The CLI command: validates `--older-than`, purges, and answers `{ purged }`. */
export async function purgeCommand(db: Queryable, args: Record<string, unknown>, now: Date): Promise<{ purged: number }> {
  const parsed = validate(purgeArgs, args, 'arguments');
  return purgeTranscripts(db, parseDuration(parsed['older-than']) as number, now);
}
