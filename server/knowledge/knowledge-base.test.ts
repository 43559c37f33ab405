import { join } from 'node:path';
import { createKnowledgeBase, loadKnowledgeBase, UnknownArticleError } from './knowledge-base';
import { KnowledgeLoadError } from './load-knowledge';
import { fullFacts, sampleArticle } from './test-fixtures';

describe('createKnowledgeBase', () => {
  const expired = sampleArticle({ related: ['contact-recruiter'] });
  const contact = sampleArticle({
    id: 'contact-recruiter',
    category: 'question',
    title: 'Reaching the recruiter',
    questions: ['how do I contact the recruiter', 'talk to a person', 'recruiter email', 'who do I write to', 'speak to a human', 'contact'],
    keywords: ['recruiter', 'contact'],
  });
  const base = createKnowledgeBase([expired, contact]);

  it('knows its ids', () => {
    expect(base.ids()).toEqual(['link-expired', 'contact-recruiter']);
    expect(base.has('contact-recruiter')).toBe(true);
    expect(base.has('link-valid')).toBe(false);
  });

  it('renders with related titles from the same base', () => {
    const rendered = base.render('link-expired', { facts: fullFacts(), timeZone: 'Europe/Paris' });
    expect(rendered.related).toEqual([{ id: 'contact-recruiter', title: 'Reaching the recruiter' }]);
    expect(rendered.facts[0]).toBe('Expired on Tue 24 Nov 2026, 17:00 CET (24 Nov 2026, 16:00 UTC).');
  });

  it('refuses to render an article it does not have', () => {
    expect(() => base.render('link-valid', { facts: fullFacts() })).toThrow(UnknownArticleError);
  });

  it('searches its own articles', () => {
    expect(base.search('how can I contact the recruiter')[0]?.id).toBe('contact-recruiter');
  });
});

describe('loadKnowledgeBase', () => {
  it('loads the real base and finds articles by question', () => {
    const base = loadKnowledgeBase(join(__dirname, '../../knowledge'));
    expect(base.ids()).toHaveLength(32);
    expect(base.search('my camera is not working', { audience: 'candidate' })[0]?.id).toBe('camera-mic-permission');
  });

  it('throws KnowledgeLoadError for a directory that is not a complete base', () => {
    expect(() => loadKnowledgeBase(join(__dirname, '../diagnosis'))).toThrow(KnowledgeLoadError);
  });
});
