import { proposeFixes } from './propose-fixes';

const types = (...args: Parameters<typeof proposeFixes>) => proposeFixes(...args).map((f) => f.type);

describe('proposeFixes', () => {
  it('strict: only a new invitation, whatever went wrong', () => {
    for (const scenario of ['link-expired', 'already-completed', 'completed-unexpectedly', 'access-limit-exceeded', 'link-revoked'] as const) {
      expect(types(scenario, 'strict', 'open')).toEqual(['reissue']);
    }
  });

  it('flexible: repair the same link first (extend, reset), reissue as the alternative', () => {
    expect(types('link-expired', 'flexible', 'open')).toEqual(['extend', 'reissue']);
    expect(types('completed-unexpectedly', 'flexible', 'open')).toEqual(['reset', 'reissue']);
    expect(types('access-limit-exceeded', 'flexible', 'open')).toEqual(['reset', 'reissue']);
  });

  it('a working link is re-sent', () => {
    expect(types('link-valid', 'strict', 'open')).toEqual(['resend', 'reissue']);
    expect(types('in-progress-resume', 'flexible', 'open')[0]).toBe('resend');
  });

  it('nothing revives a link of a closed or paused job, nor an unknown link', () => {
    expect(types('link-expired', 'flexible', 'closed')).toEqual([]);
    expect(types('link-expired', 'strict', 'paused')).toEqual([]);
    expect(types('link-not-found', 'flexible', null)).toEqual([]);
  });

  it('says the side effect of a reissue, and recommends exactly one fix', () => {
    const fixes = proposeFixes('link-expired', 'strict', 'open');
    expect(fixes[0].sideEffect).toMatch(/old link stops working.*not linked to the previous ATS record/);
    for (const scenario of ['link-expired', 'already-completed', 'link-valid'] as const) {
      expect(proposeFixes(scenario, 'flexible', 'open').filter((f) => f.recommended)).toHaveLength(1);
    }
  });
});
