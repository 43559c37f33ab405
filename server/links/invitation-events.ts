import { z } from 'zod';
import type { Policy } from '../diagnosis/diagnosis-types';
import { BadRequestError, ConflictError } from '../http/errors';
import { isoDateSchema } from '../http/schemas';
import type { Invitation } from './invitation';
import type { InvitationChanges } from './invitation-store';

export const eventInputSchema = z.object({
  type: z.enum(['sent', 'reminded', 'started', 'activity', 'completed', 'revoked', 'extended', 'reset']),
  at: isoDateSchema.optional(),
  reason: z.string().trim().min(1).max(500).optional(),
  expiresAt: isoDateSchema.optional(),
  channel: z.enum(['email', 'whatsapp', 'sms', 'other']).optional(),
});

export type EventInput = z.output<typeof eventInputSchema>;

const COMPLETED_REASONS = ['submitted', 'time_limit', 'auto_submitted'] as const;

/**
 * Decides whether `event` may happen to `invitation` under the org's `policy`, and
 * what it changes. Pure: throws 400 for a malformed event, 409 for one the state or
 * the policy forbids.
 */
export function planEvent(invitation: Invitation, event: EventInput, policy: Policy, now: Date): InvitationChanges {
  const at = event.at ?? now;
  if (invitation.supersededBy) {
    throw new ConflictError('This invitation was superseded by a newer one; record events on the newest', 'invitation_superseded');
  }
  const revoked = invitation.revokedAt !== null;
  const completed = invitation.completedAt !== null;
  const refuse = (message: string, code = 'invalid_transition') => new ConflictError(message, code);

  switch (event.type) {
    case 'sent':
    case 'reminded':
      // Reminders can legitimately go out after a link died; they are facts to record.
      return { sentAt: at };
    case 'started':
      if (revoked) throw refuse('A revoked invitation cannot be started');
      if (completed) throw refuse('This invitation is already completed; it cannot be started again');
      return invitation.startedAt ? { lastActivityAt: at } : { startedAt: at, lastActivityAt: at };
    case 'activity':
      if (!invitation.startedAt) throw refuse('Activity before the invitation was started');
      if (completed || revoked) throw refuse('Activity on an invitation that is completed or revoked');
      return { lastActivityAt: at };
    case 'completed': {
      if (completed) throw refuse('This invitation is already completed');
      if (revoked) throw refuse('A revoked invitation cannot be completed');
      const reason = event.reason ?? 'submitted';
      if (!(COMPLETED_REASONS as readonly string[]).includes(reason)) {
        throw new BadRequestError(
          'Invalid completion reason',
          [{ field: 'reason', message: `must be one of ${COMPLETED_REASONS.join(', ')}` }],
          'validation_failed',
        );
      }
      return { completedAt: at, completedReason: reason as Invitation['completedReason'] };
    }
    case 'revoked':
      if (revoked) throw refuse('This invitation is already revoked');
      return { revokedAt: at, revokedReason: event.reason ?? 'revoked by the company' };
    case 'extended':
      if (policy === 'strict') throw refuse("This org's policy does not allow extending a deadline; reissue instead", 'policy_forbids');
      if (revoked || completed) throw refuse('Only a link that is neither completed nor revoked can be extended');
      if (!event.expiresAt) throw missingField('expiresAt', 'required for an extended event');
      if (event.expiresAt <= now) throw missingField('expiresAt', 'must be in the future');
      return { expiresAt: event.expiresAt };
    case 'reset':
      if (policy === 'strict') throw refuse("This org's policy does not allow resetting a link; reissue instead", 'policy_forbids');
      if (revoked) throw refuse('A revoked invitation cannot be reset');
      return { startedAt: null, lastActivityAt: null, completedAt: null, completedReason: null, accessCount: 0 };
  }
}

function missingField(field: string, message: string): BadRequestError {
  return new BadRequestError(`Invalid ${field}`, [{ field, message }], 'validation_failed');
}

/** What the event row keeps besides its type and time. */
export function eventData(event: EventInput, before: Invitation): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (event.reason) data.reason = event.reason;
  if (event.type === 'completed' && !event.reason) data.reason = 'submitted';
  if (event.channel) data.channel = event.channel;
  if (event.type === 'extended') {
    data.expiresAt = event.expiresAt;
    data.previousExpiresAt = before.expiresAt;
  }
  return data;
}
