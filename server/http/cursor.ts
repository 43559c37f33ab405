import { z } from 'zod';

// Keyset pagination: a cursor is the sort key of the last item of the previous page
// (a time and an id), opaque to clients. Stable under inserts, unlike offsets.

export interface CursorKey {
  at: Date;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.at.toISOString(), key.id])).toString('base64url');
}

function decodeCursor(value: string): CursorKey | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') return undefined;
    const at = new Date(parsed[0]);
    return Number.isNaN(at.getTime()) ? undefined : { at, id: parsed[1] };
  } catch {
    return undefined;
  }
}

export const cursorSchema = z
  .string()
  .max(500)
  .transform((value, ctx) => {
    const key = decodeCursor(value);
    if (!key) ctx.addIssue({ code: 'custom', message: 'not a cursor this API returned' });
    return key as CursorKey;
  })
  .meta({ description: 'The `nextCursor` of the previous page.' });

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).meta({ description: 'Items per page (1–200).' }),
  cursor: cursorSchema.optional(),
});

/** The page's items and the cursor of the next page, null on the last one. */
export function page<T>(items: T[], limit: number, keyOf: (item: T) => CursorKey): { items: T[]; nextCursor: string | null } {
  const last = items[limit - 1];
  return { items: items.slice(0, limit), nextCursor: items.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
