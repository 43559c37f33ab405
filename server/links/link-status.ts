import type { StateScenarioId } from '../diagnosis/scenario-ids';

/** A short machine-friendly status for each state scenario, used in API views. */
export const LINK_STATUS: Record<StateScenarioId, string> = {
  'link-not-found': 'not_found',
  'completed-unexpectedly': 'completed',
  'already-completed': 'completed',
  'job-closed': 'job_closed',
  'link-superseded': 'superseded',
  'link-revoked': 'revoked',
  'access-limit-exceeded': 'access_limit_exceeded',
  'link-expired': 'expired',
  'in-progress-resume': 'in_progress',
  'link-valid': 'active',
};

export type LinkStatus = (typeof LINK_STATUS)[StateScenarioId];
