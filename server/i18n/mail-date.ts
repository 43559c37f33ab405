import { formatDateTime } from '../knowledge/format-time';
import type { Locale } from './locales';

/**
 * A date in a candidate's email: in UTC, since a mail has no reader's clock and is
 * read anywhere, spelt in the mail's language ("24 Nov 2026, 16:00 UTC",
 * "24 nov 2026, 16:00 UTC").
 */
export function mailDate(date: Date, language: Locale): string {
  return formatDateTime(date, { timeZone: 'UTC', weekday: false, language });
}
