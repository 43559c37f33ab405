import { composeBody, renderArticle } from './render-article';
import { bareFacts, expiredFacts, fullFacts, sampleArticle } from './test-fixtures';

const withVariants = sampleArticle({
  variants: {
    kind: {
      video_interview: { summary: 'Video summary.', steps: ['Video step.'] },
      assessment: { steps: ['Assessment step.'] },
    },
    policy: {
      strict: { summary: 'Strict summary: a new invitation only.' },
      flexible: { steps: ['Flexible step: extend.'] },
    },
  },
});

describe('renderArticle variants', () => {
  it('uses the base without a matching variant', () => {
    const plain = sampleArticle();
    const rendered = renderArticle(plain, { facts: expiredFacts({ kind: 'ai_interview' }) });
    expect(rendered.summary).toBe('Base summary for Junior Data Analyst.');
    expect(rendered.steps).toEqual(['Base step.']);
  });

  it('applies the kind variant, then the policy variant on top', () => {
    const strictVideo = renderArticle(withVariants, { facts: expiredFacts({ kind: 'video_interview', policy: 'strict' }) });
    expect(strictVideo.summary).toBe('Strict summary: a new invitation only.');
    expect(strictVideo.steps).toEqual(['Video step.']);

    const flexibleVideo = renderArticle(withVariants, { facts: expiredFacts({ kind: 'video_interview', policy: 'flexible' }) });
    expect(flexibleVideo.summary).toBe('Video summary.');
    expect(flexibleVideo.steps).toEqual(['Flexible step: extend.']);

    const strictAssessment = renderArticle(withVariants, { facts: expiredFacts({ kind: 'assessment' }) });
    expect(strictAssessment.steps).toEqual(['Assessment step.']);
  });

  it('ignores kind variants when the kind is unknown', () => {
    const rendered = renderArticle(withVariants, { facts: bareFacts('flexible') });
    expect(rendered.summary).toBe('Base summary for this role.');
    expect(rendered.steps).toEqual(['Flexible step: extend.']);
  });
});

describe('renderArticle facts', () => {
  it('fills facts in the reader’s time zone', () => {
    const rendered = renderArticle(sampleArticle(), { facts: expiredFacts(), timeZone: 'America/New_York' });
    expect(rendered.facts).toEqual([
      'Expired on Tue 24 Nov 2026, 11:00 EST (24 Nov 2026, 16:00 UTC).',
      'Ask Priya Shah at priya.shah@northwind.example.',
    ]);
  });

  it('drops a fact line when one of its values is missing', () => {
    const facts = expiredFacts({ recruiterEmail: undefined });
    const rendered = renderArticle(sampleArticle(), { facts });
    expect(rendered.facts).toEqual(['Expired on Tue 24 Nov 2026, 16:00 UTC.']);
    expect(renderArticle(sampleArticle(), { facts: bareFacts() }).facts).toEqual([]);
  });
});

describe('renderArticle output', () => {
  it('carries id, version, escalation and related titles from the other articles', () => {
    const other = sampleArticle({ id: 'contact-recruiter', category: 'question', title: 'Reaching the recruiter' });
    const article = sampleArticle({ related: ['contact-recruiter', 'extension-request'] });
    const rendered = renderArticle(article, { facts: fullFacts() }, [article, other]);
    expect(rendered).toMatchObject({ id: 'link-expired', version: 1, audience: 'candidate', offerEscalation: true });
    // extension-request is not among the given articles, so it has no title to show.
    expect(rendered.related).toEqual([{ id: 'contact-recruiter', title: 'Reaching the recruiter' }]);
  });

  it('composes the body from summary, facts and numbered steps', () => {
    const rendered = renderArticle(sampleArticle({ steps: ['One.', 'Two.'] }), { facts: expiredFacts() });
    expect(rendered.body).toBe(
      [
        'Base summary for Junior Data Analyst.',
        'Expired on Tue 24 Nov 2026, 16:00 UTC.\nAsk Priya Shah at priya.shah@northwind.example.',
        '1. One.\n2. Two.',
      ].join('\n\n'),
    );
    expect(composeBody('Summary.', [], ['Step.'])).toBe('Summary.\n\n1. Step.');
  });
});

describe('renderArticle deadlines in two zones', () => {
  it('gives the reader\'s local time and UTC, but UTC only once for a reader on UTC', () => {
    const local = renderArticle(sampleArticle(), { facts: expiredFacts(), timeZone: 'America/New_York' });
    expect(local.facts[0]).toBe('Expired on Tue 24 Nov 2026, 11:00 EST (24 Nov 2026, 16:00 UTC).');
    const utc = renderArticle(sampleArticle(), { facts: expiredFacts(), timeZone: 'UTC' });
    expect(utc.facts[0]).toBe('Expired on Tue 24 Nov 2026, 16:00 UTC.');
  });
});

describe('renderArticle memo', () => {
  it('answers the same reading with the same frozen article, and another reading afresh', () => {
    const article = sampleArticle();
    const first = renderArticle(article, { facts: expiredFacts(), timeZone: 'America/New_York' });
    const again = renderArticle(article, { facts: expiredFacts(), timeZone: 'America/New_York' });
    expect(again).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.facts) && Object.isFrozen(first.related)).toBe(true);

    const otherZone = renderArticle(article, { facts: expiredFacts(), timeZone: 'Asia/Tokyo' });
    expect(otherZone.facts[0]).toContain('Wed 25 Nov 2026, 01:00');
    const otherRecruiter = renderArticle(article, { facts: expiredFacts({ recruiterName: 'Ana Lima' }), timeZone: 'Asia/Tokyo' });
    expect(otherRecruiter.facts[1]).toContain('Ana Lima');
    expect(otherRecruiter).not.toBe(otherZone);
  });

  it('does not mistake two readings whose values would join into the same text', () => {
    const article = sampleArticle({ facts: ['{{recruiterName}}{{recruiterEmail}}'] });
    const a = renderArticle(article, { facts: fullFacts({ recruiterName: 'ab', recruiterEmail: 'c' }) });
    const b = renderArticle(article, { facts: fullFacts({ recruiterName: 'a', recruiterEmail: 'bc' }) });
    expect(a.facts).toEqual(['abc']);
    expect(b.facts).toEqual(['abc']);
    expect(b).not.toBe(a);
  });

  it('takes related titles from the articles it is rendered among', () => {
    const article = sampleArticle({ related: ['contact-recruiter'] });
    const other = sampleArticle({ id: 'contact-recruiter', category: 'question', title: 'Reaching the recruiter' });
    expect(renderArticle(article, { facts: fullFacts() }, [article]).related).toEqual([]);
    expect(renderArticle(article, { facts: fullFacts() }, [article, other]).related).toEqual([
      { id: 'contact-recruiter', title: 'Reaching the recruiter' },
    ]);
  });
});
