// What the escalation form accepts, checked in the browser before anything is sent.
// Mirrors the server's limits (server/escalation/screenshot-upload.ts) so a candidate
// learns at once, in words, why a file was refused. Pure: no DOM, unit-tested in Node.
// Words come through `t` (messages/en-escalation.ts), passed in by the form.
import type { Translate } from './messages/catalogue';

export const MAX_SCREENSHOTS = 5;
export const MAX_SCREENSHOT_BYTES = 5 * 1024 * 1024;
export const MAX_DESCRIPTION_LENGTH = 5000;
export const SCREENSHOT_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
/** A clock a little ahead of the server's is not the candidate's fault. */
const FUTURE_SLACK_MS = 5 * 60_000;

export type EscalationField = 'description' | 'occurredAt' | 'contactEmail' | 'screenshots';

export interface FieldError {
  field: EscalationField;
  message: string;
}

/** The parts of a File the checks need. */
export interface FileLike {
  name: string;
  size: number;
  type: string;
}

export interface ScreenshotCheck<F extends FileLike> {
  accepted: F[];
  /** One sentence per refused file, naming it. */
  problems: string[];
}

const MB = 1024 * 1024;
const displayName = (t: Translate, file: FileLike) => file.name || t('widget.screenshots.pasted');

/** Which of `incoming` may join the `current` count, and why the others may not. */
export function checkScreenshots<F extends FileLike>(t: Translate, currentCount: number, incoming: readonly F[]): ScreenshotCheck<F> {
  const accepted: F[] = [];
  const problems: string[] = [];
  for (const file of incoming) {
    if (!SCREENSHOT_TYPES.includes(file.type)) {
      problems.push(t('widget.screenshots.notImage', { name: displayName(t, file) }));
    } else if (file.size > MAX_SCREENSHOT_BYTES) {
      problems.push(t('widget.screenshots.tooLarge', { name: displayName(t, file), size: (file.size / MB).toFixed(1), limit: MAX_SCREENSHOT_BYTES / MB }));
    } else if (currentCount + accepted.length >= MAX_SCREENSHOTS) {
      problems.push(t('widget.screenshots.tooMany', { name: displayName(t, file), max: MAX_SCREENSHOTS }));
    } else {
      accepted.push(file);
    }
  }
  return { accepted, problems };
}

export interface EscalationFields {
  description: string;
  /** The datetime-local value, empty when cleared. */
  occurredAt: string;
  contactEmail: string;
}

// Deliberately loose: one @, something on each side, a dot in the domain. The
// server has the final word; this only catches typos before a round trip.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Errors in form order, so the first one is where focus goes. */
export function validateEscalation(t: Translate, fields: EscalationFields, occurredAt: Date | null, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  const description = fields.description.trim();
  if (!description) errors.push({ field: 'description', message: t('widget.escalation.error.description') });
  else if (description.length > MAX_DESCRIPTION_LENGTH) {
    errors.push({ field: 'description', message: t('widget.escalation.error.tooLong', { max: MAX_DESCRIPTION_LENGTH }) });
  }
  if (fields.occurredAt && !occurredAt) {
    errors.push({ field: 'occurredAt', message: t('widget.escalation.error.time') });
  } else if (occurredAt && occurredAt.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    errors.push({ field: 'occurredAt', message: t('widget.escalation.error.future') });
  }
  const email = fields.contactEmail.trim();
  if (email && !EMAIL.test(email)) {
    errors.push({ field: 'contactEmail', message: t('widget.escalation.error.email') });
  }
  return errors;
}

/** Server `details[].field` names, mapped to the form field they belong to. */
export function fieldOfDetail(field: string): EscalationField | null {
  if (field === 'description' || field === 'contactEmail' || field === 'occurredAt') return field;
  if (field === 'timeZone') return 'occurredAt';
  if (field.startsWith('screenshots')) return 'screenshots';
  return null;
}

/** A server message about one screenshot (`screenshots[2]`), prefixed with that file's name. */
export function detailMessage(t: Translate, detail: { field: string; message: string }, fileNames: readonly string[]): string {
  const match = /^screenshots\[(\d+)\]$/.exec(detail.field);
  if (!match) return detail.message;
  const index = Number(match[1]);
  return `${fileNames[index] || t('widget.screenshots.numbered', { n: index + 1 })}: ${detail.message}`;
}
