import { analyze, foldWord } from './language';

describe('analyze', () => {
  it('splits contractions, lemmatizes and marks what a negation covers', () => {
    const { tokens } = analyze("I didn't submit it, it says completed");
    expect(tokens.map((t) => t.base)).toEqual(['i', 'do', 'not', 'submit', 'it', 'it', 'say', 'completed']);
    expect(tokens.find((t) => t.word === 'submit')?.negated).toBe(true);
    expect(tokens.find((t) => t.word === 'says')?.negated).toBe(false);
  });

  it('folds accents and case, and keeps emoji and punctuation out of the words', () => {
    const { tokens } = analyze('La CÁMARA não funciona 🙏!!');
    expect(tokens.map((t) => t.word)).toEqual(['la', 'camara', 'nao', 'funciona']);
  });

  it('finds the sentences', () => {
    const { sentences } = analyze('Hi team. My link expired yesterday! Thanks, Priya');
    expect(sentences.map((s) => s.tokens.map((t) => t.word).join(' '))).toEqual(['hi team', 'my link expired yesterday', 'thanks priya']);
  });

  it('folds words alike', () => {
    expect(foldWord('Évaluation')).toBe('evaluation');
  });
});
