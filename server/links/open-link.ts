import type { Database } from '../db/database';
import { diagnose } from '../diagnosis/diagnose';
import type { Diagnosis } from '../diagnosis/diagnosis-types';
import { USABLE_STATES } from '../diagnosis/scenario-ids';
import { linkRefs } from '../delivery/event-catalogue';
import type { Queryable } from '../db/database';
import type { InvitationStore } from './invitation-store';
import { toDiagnosisInput, type LinkContext, type LinkLookup } from './link-lookup';

export type OpenResult = { kind: 'redirect'; targetUrl: string } | { kind: 'blocked'; diagnosis: Diagnosis; context: LinkContext | undefined };

/**
 * One click on a candidate's link. The row is locked while the open is counted, so
 * concurrent opens of a link with limit N let exactly N through; open N+1 is refused
 * and leaves the link auto-expired for good.
 */
export async function openLink(
  deps: { db: Database; lookup: LinkLookup; invitations: InvitationStore; outbox?: EventOutbox },
  token: string,
  now: Date,
): Promise<OpenResult> {
  let notified = false;
  const result = await deps.db.transaction(async (tx): Promise<OpenResult> => {
    const context = await deps.lookup.byToken(token, tx, true);
    const before = diagnose(toDiagnosisInput(context, now));
    if (!context || !USABLE_STATES.includes(before.stateScenario ?? 'link-not-found')) {
      return { kind: 'blocked', diagnosis: before, context };
    }
    const { invitation } = context;
    const accessCount = invitation.accessCount + 1;
    const updated = await deps.invitations.update(invitation.id, { accessCount }, tx);
    if (accessCount > invitation.accessLimit) {
      await deps.invitations.addEvent(invitation.id, 'access_limit_exceeded', now, { accessCount }, tx);
      const after = { ...context, invitation: updated };
      return { kind: 'blocked', diagnosis: diagnose(toDiagnosisInput(after, now)), context: after };
    }
    await deps.invitations.addEvent(invitation.id, 'opened', now, { accessCount }, tx);
    const ids = await deps.outbox?.enqueueEvent(tx, context.org.id, 'invitation.opened', {
      ...linkRefs(context.job, invitation),
      accessCount,
      accessLimit: invitation.accessLimit,
      at: now.toISOString(),
    });
    notified = (ids?.length ?? 0) > 0;
    return { kind: 'redirect', targetUrl: invitation.targetUrl };
  });
  // Only when a webhook wants it: waking the worker costs a claim query, and this is the gateway's hot path.
  if (notified) deps.outbox?.wake();
  return result;
}

export interface EventOutbox {
  enqueueEvent(tx: Queryable, orgId: string, topic: string, data: Record<string, unknown>): Promise<string[]>;
  wake(): void;
}
