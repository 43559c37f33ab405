import type { Queryable } from '../db/database';
import { toJob, type JobRow } from '../jobs/job-store';
import { toOrg, type OrgRow } from '../orgs/org-store';
import { toInvitation, type InvitationRow } from './invitation';
import type { LinkContext } from './link-lookup';

// A link with its job and org in one round trip: the diagnosis of every request and
// chat turn starts here, and three queries cost three times the store's latency and
// the protocol work. Each row comes back whole as JSON, so the stores' own mappers
// apply; JSON carries timestamps as strings, turned back into Dates here.

const SELECT = `SELECT to_jsonb(i) AS invitation, to_jsonb(j) AS job, to_jsonb(o) AS org
  FROM invitations i
  JOIN orgs o ON o.id = i.org_id
  JOIN jobs j ON j.id = i.job_id AND j.org_id = i.org_id`;

interface JoinedRow {
  invitation: Record<string, unknown>;
  job: Record<string, unknown>;
  org: Record<string, unknown>;
}

function reviveDates<T>(row: Record<string, unknown>): T {
  const copy: Record<string, unknown> = { ...row };
  for (const [key, value] of Object.entries(copy)) {
    if (key.endsWith('_at') && typeof value === 'string') copy[key] = new Date(value);
  }
  return copy as T;
}

export type LinkContextKey = { tokenHash: string } | { orgId: string; invitationId: string };

/** The invitation, its job and org; the supersede chain is left empty for the caller to fill. */
export async function queryLinkContext(db: Queryable, key: LinkContextKey): Promise<LinkContext | undefined> {
  const [row] =
    'tokenHash' in key
      ? await db.query<JoinedRow>(`${SELECT} WHERE i.token_hash = $1`, [key.tokenHash])
      : await db.query<JoinedRow>(`${SELECT} WHERE i.id = $1 AND i.org_id = $2`, [key.invitationId, key.orgId]);
  if (!row) return undefined;
  return {
    invitation: toInvitation(reviveDates<InvitationRow>(row.invitation)),
    job: toJob(reviveDates<JobRow>(row.job)),
    org: toOrg(reviveDates<OrgRow>(row.org)),
    chain: [],
  };
}
