import type { Database } from '../db/database';
import { diagnose } from '../diagnosis/diagnose';
import type { Diagnosis } from '../diagnosis/diagnosis-types';
import { USABLE_STATES } from '../diagnosis/scenario-ids';
import type { InvitationStore } from './invitation-store';
import { toDiagnosisInput, type LinkContext, type LinkLookup } from './link-lookup';

export type OpenResult =
  | { kind: 'redirect'; targetUrl: string }
  | { kind: 'blocked'; diagnosis: Diagnosis; context: LinkContext | undefined };

/**
 * One click on a candidate's link. The row is locked while the open is counted, so
 * concurrent opens of a link with limit N let exactly N through; open N+1 is refused
 * and leaves the link auto-expired for good.
 */
export async function openLink(
  deps: { db: Database; lookup: LinkLookup; invitations: InvitationStore },
  token: string,
  now: Date,
): Promise<OpenResult> {
  return deps.db.transaction(async (tx) => {
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
    return { kind: 'redirect', targetUrl: invitation.targetUrl };
  });
}
