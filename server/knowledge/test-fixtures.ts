import type { DiagnosisFacts, InvitationKind, Policy } from '../diagnosis/diagnosis-types';
import type { Article } from './article-schema';

// Realistic facts for tests: a candidate in New York, a recruiter at Northwind.

export const NOW = new Date('2026-11-23T13:00:00Z');

export const POLICIES: Policy[] = ['strict', 'flexible'];
export const KINDS: InvitationKind[] = ['assessment', 'ai_interview', 'video_interview'];

/** Every fact known, deadline a day and three hours away. */
export function fullFacts(overrides: Partial<DiagnosisFacts> = {}): DiagnosisFacts {
  return {
    policy: 'strict',
    now: NOW,
    orgName: 'Northwind',
    kind: 'ai_interview',
    jobTitle: 'Junior Data Analyst',
    jobStatus: 'open',
    recruiterName: 'Priya Shah',
    recruiterEmail: 'priya.shah@northwind.example',
    candidateEmailMasked: 'j***@gmail.com',
    deadline: new Date('2026-11-24T16:00:00Z'),
    accessCount: 3,
    accessLimit: 100,
    startedAt: new Date('2026-11-23T09:12:00Z'),
    lastActivityAt: new Date('2026-11-23T09:40:00Z'),
    completedAt: new Date('2026-11-23T09:41:00Z'),
    newestLink: {
      sentAt: new Date('2026-11-22T08:00:00Z'),
      emailMasked: 'j***@gmail.com',
      state: 'link-valid',
      deadline: new Date('2026-11-25T08:00:00Z'),
      chainLength: 2,
    },
    ...overrides,
  };
}

/** The same candidate two days after the deadline passed, job closed. */
export function expiredFacts(overrides: Partial<DiagnosisFacts> = {}): DiagnosisFacts {
  return fullFacts({ now: new Date('2026-11-26T19:30:00Z'), jobStatus: 'closed', ...overrides });
}

/** What is known without a link: policy and clock only. */
export function bareFacts(policy: Policy = 'strict'): DiagnosisFacts {
  return { policy, now: NOW };
}

/** A minimal valid article, for tests that build their own. */
export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'link-expired',
    audience: 'candidate',
    category: 'state',
    version: 1,
    title: 'Your link has expired',
    summary: 'Base summary for {{jobTitle|this role}}.',
    facts: ['Expired on {{deadlineLocal}} ({{deadlineUtc}}).', 'Ask {{recruiterName}} at {{recruiterEmail}}.'],
    steps: ['Base step.'],
    questions: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'],
    examples: [],
    keywords: ['expired'],
    related: [],
    offerEscalation: true,
    ...overrides,
  };
}
