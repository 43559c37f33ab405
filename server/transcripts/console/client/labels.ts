// Words for the values the API answers in snake_case.
import { h, humanize } from '../../../inbox/client/dom';

export const OUTCOME_LABELS: Record<string, string> = {
  open: 'Open',
  self_served: 'Self-served',
  escalated: 'Escalated',
  abandoned: 'Abandoned',
};

export function outcomeBadge(outcome: string): HTMLElement {
  return h('span', { class: `badge ${outcome}`, text: OUTCOME_LABELS[outcome] ?? humanize(outcome) });
}

export const ROLE_LABELS: Record<string, string> = {
  bot: 'Bot',
  candidate: 'Candidate',
  recruiter: 'Recruiter',
  agent: 'Support agent',
  system: 'System',
};

export function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 1000) / 10} %`;
}

export function score(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(2);
}
