import { LEXICAL_CONFIDENT_MATCH, createSearchIndex, type IndexableArticle } from './search-index';

// A small base in the shape of the real one, so these tests pin the ranking
// behaviour without depending on the wording of knowledge/*.yaml.
const articles: IndexableArticle[] = [
  {
    id: 'link-expired',
    audience: 'candidate',
    title: 'Your link has expired',
    questions: ['my link expired what do i do', 'I missed the deadline for the assessment', 'the invite says expired'],
    keywords: ['expired', 'deadline', 'too late'],
  },
  {
    id: 'camera-mic-permission',
    audience: 'candidate',
    title: 'Camera or microphone not working',
    questions: ['my camera is not working', 'the browser will not let me use my microphone', 'camera permission denied'],
    keywords: ['camera', 'microphone', 'permission'],
  },
  {
    id: 'start-new-by-mistake',
    audience: 'candidate',
    title: 'You clicked Start New by mistake',
    questions: ['I clicked start new by accident', 'my answers are gone after pressing start new'],
    keywords: ['start new', 'progress gone'],
  },
  {
    id: 'in-progress-resume',
    audience: 'candidate',
    title: 'Pick up where you left off',
    questions: ['can I continue my interview where I left off', 'should I press resume or start new'],
    keywords: ['resume', 'continue', 'progress saved'],
  },
  {
    id: 'recruiter-extend-deadline',
    audience: 'recruiter',
    title: 'Giving a candidate more time',
    questions: ['how do I extend the deadline for a candidate', 'candidate asked for more time'],
    keywords: ['extend', 'deadline', 'more time'],
  },
];

const index = createSearchIndex(articles);

describe('createSearchIndex search', () => {
  it('ranks the article whose example the query paraphrases first', () => {
    expect(index.search('the camera isnt working')[0].id).toBe('camera-mic-permission');
    expect(index.search('link expired??')[0].id).toBe('link-expired');
  });

  it('survives typos, slang and missing punctuation', () => {
    expect(index.search('camra permision denied pls')[0].id).toBe('camera-mic-permission');
    expect(index.search('linkk expierd')[0].id).toBe('link-expired');
  });

  it('tells apart articles that share words by the phrase', () => {
    expect(index.search('pressed start new, answers gone')[0].id).toBe('start-new-by-mistake');
    expect(index.search('how do i continue where i left off')[0].id).toBe('in-progress-resume');
  });

  it('keeps to the audience it is asked for', () => {
    const forRecruiter = index.search('deadline', { audience: 'recruiter' });
    expect(forRecruiter.map((r) => r.id)).toEqual(['recruiter-extend-deadline']);
    expect(index.search('extend the deadline', { audience: 'candidate' }).map((r) => r.id)).not.toContain(
      'recruiter-extend-deadline',
    );
  });

  it('returns scores in 0..1, best first, at most `limit`, with titles', () => {
    const results = index.search('deadline expired camera start new', { limit: 3 });
    expect(results.length).toBeLessThanOrEqual(3);
    for (const result of results) expect(result.score).toBeGreaterThan(0);
    for (const result of results) expect(result.score).toBeLessThanOrEqual(1);
    expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => b - a));
    expect(results[0].title).toBe(articles.find((a) => a.id === results[0].id)?.title);
  });

  it('is confident on an example question and not on unrelated words', () => {
    expect(index.search('I clicked start new by accident')[0].score).toBeGreaterThanOrEqual(LEXICAL_CONFIDENT_MATCH);
    const unrelated = index.search('what is the salary and the office address');
    expect(unrelated[0]?.score ?? 0).toBeLessThan(LEXICAL_CONFIDENT_MATCH);
  });

  it('finds nothing for empty or stop-word-only text', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('hi, can you please?')).toEqual([]);
  });
});

describe('createSearchIndex classify', () => {
  it('returns the best match and up to three runners-up for the audience', () => {
    const match = index.classify('my camera does not work and the microphone is denied', 'candidate');
    expect(match?.scenario).toBe('camera-mic-permission');
    expect(match?.runnersUp.length).toBeLessThanOrEqual(3);
    for (const runnerUp of match?.runnersUp ?? []) expect(runnerUp.score).toBeLessThanOrEqual(match?.score ?? 0);
    expect(index.classify('more time please', 'recruiter')?.scenario).toBe('recruiter-extend-deadline');
  });

  it('returns null when the text is empty or matches nothing', () => {
    expect(index.classify('', 'candidate')).toBeNull();
    expect(index.classify('   ', 'candidate')).toBeNull();
    expect(index.classify('banana smoothie', 'candidate')).toBeNull();
  });
});
