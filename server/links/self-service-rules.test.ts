import type { Job } from '../jobs/job-store';
import type { Org } from '../orgs/org-store';
import type { Invitation } from './invitation';
import { extensionAllowance, planExtension, planResend, RESEND_LIMIT, type ExtensionFacts } from './self-service-rules';

const NOW = new Date('2026-11-20T12:00:00Z');
const HOUR = 3_600_000;

const org = (over: Partial<Org> = {}): Org => ({
  id: 'o1',
  name: 'Brightside',
  policy: 'flexible',
  defaultValidHours: 72,
  defaultAccessLimit: 100,
  isDemo: false,
  createdAt: NOW,
  selfService: { extendHours: 24, maxExtensions: 1 },
  ...over,
});
const job = (over: Partial<Job> = {}): Job => ({
  id: 'j1',
  orgId: 'o1',
  title: 'Backend Engineer',
  status: 'open',
  recruiter: { name: 'Riley', email: 'riley@example.com' },
  externalId: null,
  createdAt: NOW,
  updatedAt: NOW,
  ...over,
});
const invitation = (over: Partial<Invitation> = {}): Invitation => ({
  id: 'i1',
  orgId: 'o1',
  jobId: 'j1',
  kind: 'assessment',
  candidateName: 'Jane',
  candidateEmail: 'jane@example.com',
  targetUrl: 'https://x.test',
  tokenEncrypted: '',
  externalId: null,
  createdAt: NOW,
  updatedAt: NOW,
  sentAt: null,
  expiresAt: new Date(NOW.getTime() - HOUR),
  accessLimit: 100,
  accessCount: 0,
  startedAt: null,
  lastActivityAt: null,
  completedAt: null,
  completedReason: null,
  revokedAt: null,
  revokedReason: null,
  supersededBy: null,
  ...over,
});
const facts = (over: Partial<ExtensionFacts> = {}): ExtensionFacts => ({
  org: org(),
  job: job(),
  invitation: invitation(),
  botExtensions: 0,
  now: NOW,
  ...over,
});

describe('extensionAllowance', () => {
  it('allows a flexible org with extensions on an open job, counting what the bot already used', () => {
    expect(extensionAllowance(facts())).toEqual({ kind: 'allowed', extendHours: 24, extensionsLeft: 1 });
    const three = org({ selfService: { extendHours: 6, maxExtensions: 3 } });
    expect(extensionAllowance(facts({ org: three, botExtensions: 2 }))).toEqual({ kind: 'allowed', extendHours: 6, extensionsLeft: 1 });
    expect(extensionAllowance(facts({ org: three, botExtensions: 5 }))).toEqual({ kind: 'allowed', extendHours: 6, extensionsLeft: 0 });
  });

  it.each<[string, Partial<ExtensionFacts>, RegExp]>([
    ['a strict org', { org: org({ policy: 'strict' }) }, /strict/],
    ['extensions off', { org: org({ selfService: { extendHours: 24, maxExtensions: 0 } }) }, /not enabled/],
    ['a paused job', { job: job({ status: 'paused' }) }, /paused/],
    ['a closed job', { job: job({ status: 'closed' }) }, /closed/],
    ['a superseded link', { invitation: invitation({ supersededBy: 'i2' }) }, /newer/],
    ['a revoked link', { invitation: invitation({ revokedAt: NOW }) }, /revoked/],
    ['a completed link', { invitation: invitation({ completedAt: NOW, completedReason: 'submitted' }) }, /completed/],
  ])('refuses %s, saying why', (_name, over, reason) => {
    const decision = extensionAllowance(facts(over));
    expect(decision.kind).toBe('not-allowed');
    expect(decision.kind === 'not-allowed' && decision.reason).toMatch(reason);
  });
});

describe('planExtension', () => {
  it('counts an expired link from now, a live one from its deadline', () => {
    expect(planExtension(facts())).toEqual({ kind: 'extend', expiresAt: new Date(NOW.getTime() + 24 * HOUR) });
    const live = invitation({ expiresAt: new Date(NOW.getTime() + 5 * HOUR) });
    expect(planExtension(facts({ invitation: live }))).toEqual({ kind: 'extend', expiresAt: new Date(NOW.getTime() + 29 * HOUR) });
  });

  it('is the limit once the bot used every extension, and a refusal stays a refusal', () => {
    expect(planExtension(facts({ botExtensions: 1 }))).toEqual({ kind: 'limit' });
    expect(planExtension(facts({ org: org({ policy: 'strict' }), botExtensions: 1 })).kind).toBe('not-allowed');
  });
});

describe('planResend', () => {
  it('sends on a usable link under the limit', () => {
    expect(planResend('link-valid', 0)).toEqual({ kind: 'send' });
    expect(planResend('in-progress-resume', RESEND_LIMIT - 1)).toEqual({ kind: 'send' });
  });

  it('refuses at the limit, and any link that does not work regardless of the count', () => {
    expect(planResend('link-valid', RESEND_LIMIT)).toEqual({ kind: 'limit' });
    for (const state of ['link-expired', 'already-completed', 'link-revoked', 'job-closed', 'access-limit-exceeded'] as const) {
      expect(planResend(state, 0)).toEqual({ kind: 'unusable' });
    }
  });
});
