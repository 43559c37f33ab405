import { USABLE_STATES, type StateScenarioId } from '../diagnosis/scenario-ids';
import type { Job } from '../jobs/job-store';
import type { Org } from '../orgs/org-store';
import type { Invitation } from './invitation';

// What the chat bot may fix by itself, decided without I/O so every refusal can be
// unit-tested and explained. The service around it reads the rows under a lock.

const HOUR_MS = 3_600_000;

/** Resends the bot may mail per invitation within RESEND_WINDOW_MS. */
export const RESEND_LIMIT = 3;
export const RESEND_WINDOW_MS = HOUR_MS;

export interface ExtensionFacts {
  org: Org;
  job: Job;
  invitation: Invitation;
  /** `extended` events the bot already recorded on this invitation. */
  botExtensions: number;
  now: Date;
}

export type ExtensionDecision = { kind: 'allowed'; extendHours: number; extensionsLeft: number } | { kind: 'not-allowed'; reason: string };

/** Whether the org's policy lets the bot extend this link at all, and how many times more. */
export function extensionAllowance({ org, job, invitation, botExtensions }: ExtensionFacts): ExtensionDecision {
  const refuse = (reason: string): ExtensionDecision => ({ kind: 'not-allowed', reason });
  if (org.policy !== 'flexible') return refuse("the org's policy is strict: deadlines are not extended");
  if (org.selfService.maxExtensions <= 0) return refuse('the org has not enabled self-service extensions');
  if (job.status !== 'open') return refuse(`the job is ${job.status}`);
  if (invitation.supersededBy) return refuse('a newer link replaced this one');
  if (invitation.revokedAt) return refuse('the link was revoked');
  if (invitation.completedAt) return refuse('the link was already completed');
  const extensionsLeft = Math.max(0, org.selfService.maxExtensions - botExtensions);
  return { kind: 'allowed', extendHours: org.selfService.extendHours, extensionsLeft };
}

export type ExtendPlan = { kind: 'extend'; expiresAt: Date } | { kind: 'limit' } | { kind: 'not-allowed'; reason: string };

/** The new deadline counts from now for an expired link, from the deadline for a live one. */
export function planExtension(facts: ExtensionFacts): ExtendPlan {
  const allowance = extensionAllowance(facts);
  if (allowance.kind === 'not-allowed') return allowance;
  if (allowance.extensionsLeft <= 0) return { kind: 'limit' };
  const from = Math.max(facts.now.getTime(), facts.invitation.expiresAt.getTime());
  return { kind: 'extend', expiresAt: new Date(from + allowance.extendHours * HOUR_MS) };
}

export type ResendPlan = { kind: 'send' } | { kind: 'limit' } | { kind: 'unusable' };

/** Only a link that works is worth resending; past the limit, nothing is mailed. */
export function planResend(state: StateScenarioId, recentResends: number): ResendPlan {
  if (!USABLE_STATES.includes(state)) return { kind: 'unusable' };
  if (recentResends >= RESEND_LIMIT) return { kind: 'limit' };
  return { kind: 'send' };
}
