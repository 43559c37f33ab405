import { diagnose } from './diagnose';
import type { DiagnosisInput, JobState, LinkState, QuestionClassifier, QuestionMatch } from './diagnosis-types';
import type { ScenarioId } from './scenario-ids';

const NOW = new Date('2026-11-24T16:00:00.000Z');
const HOUR = 3_600_000;

function link(overrides: Partial<LinkState> = {}): LinkState {
  return {
    id: 'inv_1',
    kind: 'assessment',
    candidateName: 'Jane Doe',
    candidateEmail: 'jane.doe@example.com',
    createdAt: new Date(NOW.getTime() - 48 * HOUR),
    sentAt: new Date(NOW.getTime() - 47 * HOUR),
    expiresAt: new Date(NOW.getTime() + 24 * HOUR),
    accessLimit: 100,
    accessCount: 3,
    startedAt: null,
    lastActivityAt: null,
    completedAt: null,
    completedReason: null,
    revokedAt: null,
    revokedReason: null,
    supersededBy: null,
    ...overrides,
  };
}

function job(overrides: Partial<JobState> = {}): JobState {
  return {
    id: 'job_1',
    title: 'Backend Engineer',
    status: 'open',
    recruiterName: 'Sam Lee',
    recruiterEmail: 'sam@acme.test',
    ...overrides,
  };
}

function input(overrides: Partial<DiagnosisInput> = {}): DiagnosisInput {
  return { invitation: link(), job: job(), policy: 'strict', now: NOW, orgName: 'Acme', ...overrides };
}

const completed = (reason: LinkState['completedReason']) =>
  link({ startedAt: new Date(NOW.getTime() - 2 * HOUR), completedAt: new Date(NOW.getTime() - HOUR), completedReason: reason });
const expired = { expiresAt: NOW };
const revoked = (extra: Partial<LinkState> = {}) => link({ revokedAt: new Date(NOW.getTime() - HOUR), revokedReason: 'sent by mistake', ...extra });

/** A fake classifier: always answers with the given ranking, remembering what it was asked. */
function fakeClassifier(...ranked: [ScenarioId, number][]): QuestionClassifier & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  const classify = ((message: string, audience: 'candidate' | 'recruiter'): QuestionMatch | null => {
    calls.push([message, audience]);
    if (ranked.length === 0) return null;
    const [[scenario, score], ...rest] = ranked;
    return { scenario, score, runnersUp: rest.map(([s, sc]) => ({ scenario: s, score: sc })) };
  }) as QuestionClassifier & { calls: unknown[][] };
  classify.calls = calls;
  return classify;
}

describe('diagnose: the state table, row by row', () => {
  const rows: [string, Partial<DiagnosisInput>, string][] = [
    ['unknown token', { invitation: null, job: null }, 'link-not-found'],
    ['auto-submitted', { invitation: completed('auto_submitted') }, 'completed-unexpectedly'],
    ['submitted', { invitation: completed('submitted') }, 'already-completed'],
    ['time limit reached', { invitation: completed('time_limit') }, 'already-completed'],
    ['job paused', { job: job({ status: 'paused' }) }, 'job-closed'],
    ['job closed', { job: job({ status: 'closed' }) }, 'job-closed'],
    ['superseded', { invitation: revoked({ supersededBy: 'inv_2' }) }, 'link-superseded'],
    ['revoked', { invitation: revoked() }, 'link-revoked'],
    ['opened too often', { invitation: link({ accessCount: 101 }) }, 'access-limit-exceeded'],
    ['deadline passed', { invitation: link({ expiresAt: new Date(NOW.getTime() - HOUR) }) }, 'link-expired'],
    ['started, not completed', { invitation: link({ startedAt: new Date(NOW.getTime() - HOUR) }) }, 'in-progress-resume'],
    ['fresh', {}, 'link-valid'],
  ];
  it.each(rows)('%s → %s', (_name, overrides, scenario) => {
    const result = diagnose(input(overrides));
    expect(result.scenario).toBe(scenario);
    expect(result.stateScenario).toBe(scenario);
    expect(result.rule).toBe(`state:${scenario}`);
    expect(result.match).toBeUndefined();
  });
});

describe('diagnose: boundaries', () => {
  it('treats the deadline itself as expired', () => {
    const result = diagnose(input({ invitation: link(expired) }));
    expect(result.scenario).toBe('link-expired');
    expect(result.trace.at(-1)).toEqual({
      check: 'expired',
      result: true,
      detail: 'expiresAt 2026-11-24T16:00:00.000Z <= now 2026-11-24T16:00:00.000Z',
    });
  });

  it('keeps the link usable one millisecond before the deadline', () => {
    const result = diagnose(input({ invitation: link({ expiresAt: new Date(NOW.getTime() + 1) }) }));
    expect(result.scenario).toBe('link-valid');
    expect(result.trace.find((s) => s.check === 'expired')).toEqual({
      check: 'expired',
      result: false,
      detail: 'expiresAt 2026-11-24T16:00:00.001Z > now 2026-11-24T16:00:00.000Z',
    });
  });

  it('allows exactly accessLimit opens and exceeds at one more', () => {
    expect(diagnose(input({ invitation: link({ accessCount: 100 }) })).scenario).toBe('link-valid');
    const over = diagnose(input({ invitation: link({ accessCount: 101 }) }));
    expect(over.scenario).toBe('access-limit-exceeded');
    expect(over.trace.at(-1)?.detail).toBe('accessCount 101 > accessLimit 100');
  });

  it('says in the trace whether the job is paused or closed', () => {
    for (const status of ['paused', 'closed'] as const) {
      const result = diagnose(input({ job: job({ status }) }));
      expect(result.scenario).toBe('job-closed');
      expect(result.trace.at(-1)).toEqual({ check: 'job-not-open', result: true, detail: `job status ${status}` });
      expect(result.facts.jobStatus).toBe(status);
    }
  });

  it('separates the completion reasons', () => {
    const auto = diagnose(input({ invitation: completed('auto_submitted') }));
    expect(auto.facts.completedReason).toBe('auto_submitted');
    expect(auto.trace.map((s) => s.check)).toEqual(['token-unknown', 'completed-auto-submitted']);
    const submitted = diagnose(input({ invitation: completed('submitted') }));
    expect(submitted.trace.map((s) => [s.check, s.result])).toEqual([
      ['token-unknown', false],
      ['completed-auto-submitted', false],
      ['completed', true],
    ]);
  });

  it('tells a superseded link from a merely revoked one', () => {
    expect(diagnose(input({ invitation: revoked({ supersededBy: 'inv_2' }) })).trace.at(-1)).toEqual({
      check: 'superseded',
      result: true,
      detail: 'supersededBy inv_2',
    });
    const plain = diagnose(input({ invitation: revoked() }));
    expect(plain.trace.at(-1)?.detail).toBe('revokedAt 2026-11-24T15:00:00.000Z, reason sent by mistake');
    expect(plain.facts.revokedReason).toBe('sent by mistake');
  });
});

describe('diagnose: precedence conflicts', () => {
  it('completed AND expired → already-completed', () => {
    expect(diagnose(input({ invitation: { ...completed('submitted'), ...expired } })).scenario).toBe('already-completed');
  });

  it('job closed AND expired → job-closed', () => {
    expect(diagnose(input({ invitation: link(expired), job: job({ status: 'closed' }) })).scenario).toBe('job-closed');
  });

  it('superseded AND expired → link-superseded', () => {
    expect(diagnose(input({ invitation: revoked({ supersededBy: 'inv_2', ...expired }) })).scenario).toBe('link-superseded');
  });

  it('auto-submitted AND job closed → completed-unexpectedly', () => {
    expect(diagnose(input({ invitation: completed('auto_submitted'), job: job({ status: 'closed' }) })).scenario).toBe('completed-unexpectedly');
  });

  it('over the access limit AND expired → access-limit-exceeded', () => {
    expect(diagnose(input({ invitation: link({ accessCount: 500, ...expired }) })).scenario).toBe('access-limit-exceeded');
  });

  it('started AND expired → link-expired (a resume needs a usable link)', () => {
    const started = link({ startedAt: new Date(NOW.getTime() - HOUR), ...expired });
    expect(diagnose(input({ invitation: started })).scenario).toBe('link-expired');
  });

  it('records every check in table order and stops at the first match', () => {
    expect(diagnose(input()).trace.map((s) => s.check)).toEqual([
      'token-unknown',
      'completed-auto-submitted',
      'completed',
      'job-not-open',
      'superseded',
      'revoked',
      'access-limit-exceeded',
      'expired',
      'started',
      'usable',
    ]);
    const results = diagnose(input()).trace.map((s) => s.result);
    expect(results.slice(0, -1).every((r) => r === false)).toBe(true);
    expect(diagnose(input({ invitation: null })).trace).toEqual([{ check: 'token-unknown', result: true, detail: 'no invitation for this token' }]);
  });
});

describe('diagnose: facts', () => {
  it('carries everything known, the candidate email masked', () => {
    const started = link({ startedAt: new Date(NOW.getTime() - HOUR), lastActivityAt: new Date(NOW.getTime() - 60_000) });
    const { facts } = diagnose(input({ invitation: started, policy: 'flexible' }));
    expect(facts).toEqual({
      policy: 'flexible',
      now: NOW,
      orgName: 'Acme',
      kind: 'assessment',
      jobTitle: 'Backend Engineer',
      jobStatus: 'open',
      recruiterName: 'Sam Lee',
      recruiterEmail: 'sam@acme.test',
      candidateEmailMasked: 'j******e@e******.com',
      deadline: started.expiresAt,
      accessCount: 3,
      accessLimit: 100,
      startedAt: started.startedAt,
      lastActivityAt: started.lastActivityAt,
    });
    expect(JSON.stringify(facts)).not.toContain('jane.doe');
  });

  it('knows only the policy and clock for an unknown token', () => {
    expect(diagnose(input({ invitation: null, job: null, orgName: undefined })).facts).toEqual({ policy: 'strict', now: NOW });
  });

  it('follows a supersede chain of three to its newest link and that link’s own state', () => {
    const middle = link({ id: 'inv_2', supersededBy: 'inv_3', revokedAt: NOW, sentAt: new Date(NOW.getTime() - 30 * HOUR) });
    const newest = link({
      id: 'inv_3',
      candidateEmail: 'jane.d@mail.test',
      sentAt: new Date(NOW.getTime() - 10 * HOUR),
      expiresAt: new Date(NOW.getTime() - HOUR),
    });
    const result = diagnose(input({ invitation: revoked({ supersededBy: 'inv_2' }), supersedeChain: [middle, newest] }));
    expect(result.scenario).toBe('link-superseded');
    expect(result.facts.newestLink).toEqual({
      sentAt: newest.sentAt,
      emailMasked: 'j****d@m***.test',
      state: 'link-expired',
      deadline: newest.expiresAt,
      chainLength: 3,
    });
  });

  it('judges the newest link under the same job, and uses its creation when no send is recorded', () => {
    const newest = link({ id: 'inv_2', sentAt: null });
    const result = diagnose(input({ invitation: revoked({ supersededBy: 'inv_2' }), supersedeChain: [newest], job: job({ status: 'paused' }) }));
    expect(result.scenario).toBe('job-closed');
    expect(result.facts.newestLink).toMatchObject({ state: 'job-closed', sentAt: newest.createdAt, chainLength: 2 });
  });

  it('has no newest link when the chain is missing', () => {
    expect(diagnose(input({ invitation: revoked({ supersededBy: 'inv_2' }) })).facts.newestLink).toBeUndefined();
  });
});

describe('diagnose: narrowing by message', () => {
  const camera = fakeClassifier(['camera-mic-permission', 0.9], ['page-wont-load', 0.2]);

  it('narrows a usable link to the question', () => {
    for (const invitation of [link(), link({ startedAt: new Date(NOW.getTime() - HOUR) })]) {
      const result = diagnose(input({ invitation, message: 'my camera is black' }), camera);
      expect(result.scenario).toBe('camera-mic-permission');
      expect(result.rule).toBe('question:camera-mic-permission');
      expect(result.stateScenario).toBe(invitation.startedAt ? 'in-progress-resume' : 'link-valid');
      expect(result.match).toEqual({
        scenario: 'camera-mic-permission',
        score: 0.9,
        runnersUp: [{ scenario: 'page-wont-load', score: 0.2 }],
      });
      expect(result.trace.at(-1)).toMatchObject({ check: 'question', result: true });
    }
    expect(camera.calls.at(-1)).toEqual(['my camera is black', 'candidate']);
  });

  it('keeps the state when the classification is below the confident score', () => {
    const unsure = fakeClassifier(['stuck-loading', 0.49]);
    const result = diagnose(input({ message: 'hmm' }), unsure);
    expect(result.scenario).toBe('link-valid');
    expect(result.rule).toBe('state:link-valid');
    expect(result.match).toBeUndefined();
    expect(result.trace.at(-1)).toEqual({
      check: 'question',
      result: false,
      detail: 'no allowed scenario scored >= 0.5 (ranked: stuck-loading 0.49)',
    });
    expect(diagnose(input({ message: 'hmm' }), unsure, 0.4).scenario).toBe('stuck-loading');
  });

  it('never narrows a blocked link, whatever the message', () => {
    const blocked: Partial<DiagnosisInput>[] = [
      { invitation: null },
      { invitation: completed('auto_submitted') },
      { job: job({ status: 'closed' }) },
      { invitation: revoked({ supersededBy: 'inv_2' }) },
      { invitation: revoked() },
      { invitation: link({ accessCount: 101 }) },
      { invitation: link(expired) },
    ];
    const confident = fakeClassifier(['extension-request', 0.99], ['contact-recruiter', 0.9]);
    for (const overrides of blocked) {
      const result = diagnose(input({ ...overrides, message: 'can I get more time?' }), confident);
      expect(result.scenario).toBe(result.stateScenario);
      expect(result.match).toBeUndefined();
      expect(result.trace.at(-1)).toEqual({
        check: 'question',
        result: false,
        detail: `${result.stateScenario} is blocked: its state answers`,
      });
    }
    expect(confident.calls).toHaveLength(0);
  });

  it('narrows a completed link only to after-completion questions', () => {
    const done = input({ invitation: completed('submitted'), message: 'I want to change my answer' });
    expect(diagnose(done, fakeClassifier(['submitted-need-change', 0.8])).scenario).toBe('submitted-need-change');
    expect(diagnose(done, fakeClassifier(['no-response-after-completion', 0.8])).scenario).toBe('no-response-after-completion');
    expect(diagnose(done, fakeClassifier(['contact-recruiter', 0.8])).scenario).toBe('contact-recruiter');
    expect(diagnose(done, fakeClassifier(['camera-mic-permission', 0.95])).scenario).toBe('already-completed');
  });

  it('falls through to the best allowed runner-up that is confident enough', () => {
    const done = input({ invitation: completed('time_limit'), message: 'can I redo it?' });
    const result = diagnose(done, fakeClassifier(['retake-response', 0.9], ['submitted-need-change', 0.6]));
    expect(result.scenario).toBe('submitted-need-change');
    expect(result.match).toEqual({
      scenario: 'submitted-need-change',
      score: 0.6,
      runnersUp: [{ scenario: 'retake-response', score: 0.9 }],
    });
    const weak = diagnose(done, fakeClassifier(['retake-response', 0.9], ['submitted-need-change', 0.3]));
    expect(weak.scenario).toBe('already-completed');
  });

  it('does not let a candidate message narrow a usable link to a recruiter scenario', () => {
    const result = diagnose(input({ message: 'resend' }), fakeClassifier(['recruiter-resend-link', 0.9]));
    expect(result.scenario).toBe('link-valid');
  });

  it('ignores a blank message and a missing classifier', () => {
    const spy = fakeClassifier(['stuck-loading', 0.9]);
    expect(diagnose(input({ message: '   ' }), spy).trace.at(-1)?.check).toBe('usable');
    expect(spy.calls).toHaveLength(0);
    const withoutClassifier = diagnose(input({ message: 'help' }));
    expect(withoutClassifier.scenario).toBe('link-valid');
    expect(withoutClassifier.trace.at(-1)).toEqual({ check: 'question', result: false, detail: 'no classifier' });
  });

  it('keeps the state when the classifier finds nothing', () => {
    const result = diagnose(input({ message: 'asdf' }), fakeClassifier());
    expect(result.scenario).toBe('link-valid');
    expect(result.trace.at(-1)?.detail).toBe('no scenario matched the message');
  });
});

describe('diagnose: without any link', () => {
  const noLink = (overrides: Partial<DiagnosisInput> = {}) => input({ invitation: null, job: null, hasLink: false, ...overrides });

  it('lets the message alone decide, among all scenarios', () => {
    const result = diagnose(noLink({ message: 'my link expired' }), fakeClassifier(['link-expired', 0.7]));
    expect(result).toMatchObject({ scenario: 'link-expired', stateScenario: null, rule: 'question:link-expired' });
    expect(result.trace.map((s) => s.check)).toEqual(['has-link', 'question']);
  });

  it('answers contact-recruiter when nothing matches confidently', () => {
    const result = diagnose(noLink({ message: 'hello?' }), fakeClassifier(['mobile-device', 0.2]));
    expect(result).toMatchObject({ scenario: 'contact-recruiter', stateScenario: null, rule: 'fallback:contact-recruiter' });
    expect(result.match).toBeUndefined();
    expect(diagnose(noLink()).scenario).toBe('contact-recruiter');
  });

  it('asks the classifier as a recruiter when the audience says so', () => {
    const classify = fakeClassifier(['recruiter-extend-deadline', 0.8]);
    const result = diagnose(noLink({ audience: 'recruiter', message: 'give her 2 more days' }), classify);
    expect(result.scenario).toBe('recruiter-extend-deadline');
    expect(classify.calls).toEqual([['give her 2 more days', 'recruiter']]);
    expect(diagnose(noLink({ audience: 'recruiter', message: '?' }), fakeClassifier()).scenario).toBe('recruiter-escalate-support');
  });

  it('still treats a null invitation as an unknown token when a link was given', () => {
    expect(diagnose(input({ invitation: null, message: 'x' }), fakeClassifier(['stuck-loading', 1])).scenario).toBe('link-not-found');
  });
});

describe('diagnose: purity', () => {
  it('gives the same answer for the same input and does not mutate it', () => {
    const given = input({ invitation: revoked({ supersededBy: 'inv_2' }), supersedeChain: [link({ id: 'inv_2' })] });
    const before = JSON.stringify(given);
    const first = diagnose(given);
    expect(diagnose(given)).toEqual(first);
    expect(JSON.stringify(given)).toBe(before);
  });
});
