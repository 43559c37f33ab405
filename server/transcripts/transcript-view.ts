import { maskEmail } from '../diagnosis/mask-email';
import { maskEmailsIn } from './mask-emails-in-text';
import type { TranscriptRecord, TurnRecord } from './transcript-store';
import { readTurnTrace, type TurnTrace } from './turn-trace';

// What the transcripts API answers. Lists and exports mask every email address
// (the invitation's and any a candidate typed); the detail view, audited per view,
// shows the candidate as the agent needs to know them.

const PREVIEW_CHARS = 160;

function preview(text: string | null): string | null {
  if (text === null) return null;
  const masked = maskEmailsIn(text).replace(/\s+/g, ' ').trim();
  return masked.length > PREVIEW_CHARS ? `${masked.slice(0, PREVIEW_CHARS - 1)}…` : masked;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function toTranscriptSummary(record: TranscriptRecord) {
  return {
    id: record.id,
    createdAt: record.createdAt.toISOString(),
    lastActivityAt: record.lastActivityAt.toISOString(),
    outcome: record.outcome,
    scenario: record.scenario,
    scenarios: record.scenarios,
    org: record.org,
    job: record.job,
    candidateEmail: record.invitation ? maskEmail(record.invitation.candidateEmail) : null,
    turnCount: record.turnCount,
    firstMessage: preview(record.firstMessage),
    tickets: record.tickets.map((t) => ({ id: t.id, reference: t.reference, status: t.status })),
  };
}

export type TranscriptSummary = ReturnType<typeof toTranscriptSummary>;

export interface TurnView {
  id: string;
  role: string;
  text: string;
  at: string;
  scenario: string | null;
  /** Bot turns only: why the bot said what it said. */
  trace: TurnTrace | null;
}

export function toTurnView(turn: TurnRecord, options: { maskEmails?: boolean } = {}): TurnView {
  return {
    id: turn.id,
    role: turn.role,
    text: options.maskEmails ? maskEmailsIn(turn.text) : turn.text,
    at: turn.at.toISOString(),
    scenario: turn.scenario,
    trace: turn.role === 'bot' ? readTurnTrace(turn.trace) : null,
  };
}

export function toTranscriptDetail(record: TranscriptRecord, turns: TurnRecord[]) {
  const { invitation } = record;
  return {
    ...toTranscriptSummary(record),
    candidate: invitation ? { name: invitation.candidateName, email: invitation.candidateEmail } : null,
    invitation: invitation ? { id: invitation.id, kind: invitation.kind } : null,
    timeZone: record.timeZone,
    locale: record.locale,
    clientDiagnostics: record.clientDiagnostics,
    clientDiagnosticsAt: iso(record.clientDiagnosticsAt),
    tickets: record.tickets.map((t) => ({ ...t, createdAt: iso(t.createdAt) })),
    turns: turns.map((turn) => toTurnView(turn)),
  };
}
