import { stem, toBigrams, toTerms } from './search-terms';

describe('stem', () => {
  it('folds inflections of one word together', () => {
    const forms = ['expire', 'expired', 'expires', 'expiring'].map(stem);
    expect(new Set(forms).size).toBe(1);
    expect(stem('submitted')).toBe(stem('submit'));
    expect(stem('retakes')).toBe(stem('retake'));
  });

  it('leaves short words, numbers and words ending in -ss alone', () => {
    expect(stem('new')).toBe('new');
    expect(stem('404')).toBe('404');
    expect(stem('access')).toBe('access');
  });
});

describe('toTerms', () => {
  it('drops stop words and keeps the words that carry the topic', () => {
    expect(toTerms('How do I get more time for my test?')).toEqual(['how', 'more', 'time', 'assessment']);
  });

  it('maps synonyms and irregular forms onto one term', () => {
    expect(toTerms('webcam')).toEqual(toTerms('camera'));
    expect(toTerms('cam not working')).toEqual(toTerms('camera not working'));
    expect(toTerms('heard')).toEqual(toTerms('hear'));
  });

  it('reads "on its own" and "by itself" as automatically', () => {
    expect(toTerms('it submitted on its own')).toEqual(toTerms('it submitted automatically'));
    expect(toTerms('closed by itself')).toEqual(toTerms('closed automatically'));
  });

  it('returns nothing for empty or stop-word-only text', () => {
    expect(toTerms('')).toEqual([]);
    expect(toTerms('hi, can you please?')).toEqual([]);
  });
});

describe('toBigrams', () => {
  it('pairs neighbouring terms', () => {
    expect(toBigrams(['start', 'new', 'mistake'])).toEqual(['start new', 'new mistake']);
    expect(toBigrams(['alone'])).toEqual([]);
  });
});
