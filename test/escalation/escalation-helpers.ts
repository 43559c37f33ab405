import sharp from 'sharp';
import type { TestApp } from '../support/test-app';

/** A real PNG carrying EXIF (with an owner string to look for after sanitizing). */
export function screenshotPng(color = '#cc3333'): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: color } })
    .png()
    .withExif({ IFD0: { Copyright: 'exif-owner-marker' } })
    .toBuffer();
}

export async function countRows(t: TestApp, table: string): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return row.n;
}

export async function outboxRows(t: TestApp) {
  return t.db.query<{ channel: string; topic: string; payload: { to?: string; subject?: string; text?: string } }>(
    'SELECT channel, topic, payload FROM outbox ORDER BY created_at',
  );
}
