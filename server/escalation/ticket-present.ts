import type { UserStore } from '../auth/user-store';
import type { Invitation } from '../links/invitation';
import type { InvitationService } from '../links/invitation-service';
import type { InvitationStore } from '../links/invitation-store';
import type { JobStore } from '../jobs/job-store';
import type { OrgStore } from '../orgs/org-store';
import { proposeFixes, type ProposedFix } from './propose-fixes';
import type { Ticket, TicketEvent } from './ticket-store';
import type { TimelineEntry } from './ticket-view';
import { fixStates, whoCaused, whoOf, type Person } from './ticket-words';

// The I/O around ticket-words.ts for GET /tickets/:id: the people behind `user:<id>`
// actors, and the fixes the link's present state calls for.

export interface PresentDeps {
  users?: UserStore;
  orgs?: OrgStore;
  jobs: JobStore;
  invitations: InvitationStore;
  invitationService?: InvitationService;
}

async function peopleOf(deps: PresentDeps, history: TicketEvent[]): Promise<Map<string, Person>> {
  const ids = [
    ...new Set(
      history
        .map((e) => e.actor)
        .filter((a) => a.startsWith('user:'))
        .map((a) => a.slice(5)),
    ),
  ];
  return deps.users ? deps.users.people(ids) : new Map();
}

/** The fixes for the newest link of the ticket's chain as it is now; null when that cannot be known. */
async function currentFixes(deps: PresentDeps, ticket: Ticket, invitation: Invitation | undefined): Promise<ProposedFix[] | null> {
  if (!invitation || !ticket.orgId || !deps.orgs || !deps.invitationService) return null;
  const org = await deps.orgs.get(ticket.orgId);
  const newest = (await deps.invitations.supersedeChain(invitation)).at(-1) ?? invitation;
  const job = await deps.jobs.get(ticket.orgId, newest.jobId);
  if (!org || !job) return null;
  return proposeFixes(deps.invitationService.stateOf(newest, job, org), org.policy, job.status);
}

export async function presentTicket(deps: PresentDeps, ticket: Ticket, invitation: Invitation | undefined, timeline: TimelineEntry[], history: TicketEvent[]) {
  const people = await peopleOf(deps, history);
  const fixes = fixStates(ticket.proposedFixes, await currentFixes(deps, ticket, invitation), history);
  return {
    timeline: timeline.map((entry) => ({ ...entry, by: whoCaused(entry, history, people) })),
    history: history.map((event) => ({ ...event, by: whoOf(event.actor, people) })),
    proposedFixes: fixes,
  };
}
