import type { LinkState } from '../diagnosis/diagnosis-types';

/** An invitation as stored: the diagnosable state plus what only the org sees. */
export interface Invitation extends LinkState {
  orgId: string;
  jobId: string;
  targetUrl: string;
  tokenEncrypted: string;
  /** The platform's own id for it, unique per org. */
  externalId: string | null;
  updatedAt: Date;
}

export interface InvitationEvent {
  id: string;
  type: string;
  at: Date;
  data: Record<string, unknown>;
}

export interface InvitationRow {
  id: string;
  org_id: string;
  job_id: string;
  candidate_name: string;
  candidate_email: string;
  kind: Invitation['kind'];
  target_url: string;
  token_encrypted: string;
  expires_at: Date;
  access_limit: number;
  access_count: number;
  sent_at: Date | null;
  started_at: Date | null;
  last_activity_at: Date | null;
  completed_at: Date | null;
  completed_reason: Invitation['completedReason'];
  revoked_at: Date | null;
  revoked_reason: string | null;
  superseded_by: string | null;
  external_id?: string | null;
  created_at: Date;
  updated_at: Date;
}

export const toInvitation = (r: InvitationRow): Invitation => ({
  id: r.id,
  orgId: r.org_id,
  jobId: r.job_id,
  candidateName: r.candidate_name,
  candidateEmail: r.candidate_email,
  kind: r.kind,
  targetUrl: r.target_url,
  tokenEncrypted: r.token_encrypted,
  expiresAt: r.expires_at,
  accessLimit: r.access_limit,
  accessCount: r.access_count,
  sentAt: r.sent_at,
  startedAt: r.started_at,
  lastActivityAt: r.last_activity_at,
  completedAt: r.completed_at,
  completedReason: r.completed_reason,
  revokedAt: r.revoked_at,
  revokedReason: r.revoked_reason,
  supersededBy: r.superseded_by,
  externalId: r.external_id ?? null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
