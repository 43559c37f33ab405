// The ticket API's JSON as the inbox reads it (server/escalation/ticket-view.ts);
// dates arrive as ISO strings.

import type { Who } from '../../escalation/ticket-words';

export type TicketStatus = 'open' | 'in_progress' | 'resolved';

export interface TicketSummary {
  id: string;
  reference: string;
  status: TicketStatus;
  scenario: string;
  jobId: string | null;
  candidate: { name: string; email: string } | null;
  description: string;
  occurredAt: string;
  createdAt: string;
  updatedAt: string;
}

export interface ProposedFix {
  type: 'reissue' | 'extend' | 'reset' | 'resend';
  label: string;
  sideEffect: string;
  recommended: boolean;
  /** done once taken; withdrawn when the link's present state no longer calls for it. */
  state?: 'available' | 'done' | 'withdrawn';
}

export interface TraceStep {
  check: string;
  result: boolean;
  detail?: string;
}

export interface TicketDetail extends TicketSummary {
  contactEmail: string | null;
  conversationId: string | null;
  reporterTimeZone: string | null;
  candidateLanguage: string | null;
  candidateLanguageName: string | null;
  occurredAtLocal: string | null;
  job: { id: string; title: string; status: string; recruiter: { name: string; email: string } } | null;
  invitation: {
    kind: string;
    expiresAt: string;
    accessCount: number;
    accessLimit: number;
    startedAt: string | null;
    completedAt: string | null;
    completedReason: string | null;
    supersededBy: string | null;
  } | null;
  timeline: { type: string; at: string; detail?: Record<string, unknown>; by?: Who | null }[];
  diagnosis: { scenario?: string; rule?: string; trace?: TraceStep[]; link?: Record<string, unknown> | null };
  clientDiagnostics: Record<string, unknown> | null;
  proposedFixes: ProposedFix[];
  screenshots: { n: number; mime: string; width: number; height: number; url: string }[];
  transcript: { role: string; text: string; at: string }[];
  history: { id: string; type: string; actor: string; data: Record<string, unknown>; at: string; by?: Who }[];
}

export type TicketAction =
  | { type: Exclude<ProposedFix['type'], 'extend'> }
  | { type: 'extend'; hours?: number; expiresAt?: string }
  | { type: 'reply'; message: string }
  | { type: 'resolve'; note?: string };
