import { createTermCorrector } from './term-corrector';

const corrector = createTermCorrector(new Set(['permission', 'microphone', 'extension', 'reminder', 'refresh', 'remind']));

describe('createTermCorrector', () => {
  it('returns a known term unchanged', () => {
    expect(corrector.correct('reminder')).toBe('reminder');
  });

  it('maps a misspelt term to the closest vocabulary term', () => {
    expect(corrector.correct('permision')).toBe('permission');
    expect(corrector.correct('microphon')).toBe('microphone');
    expect(corrector.correct('exension')).toBe('extension');
  });

  it('gives up on words too far from anything, too short, or with digits', () => {
    expect(corrector.correct('pizza')).toBeNull();
    expect(corrector.correct('rem')).toBeNull();
    expect(corrector.correct('remind2')).toBeNull();
  });

  it('does not correct into a word of very different length', () => {
    expect(corrector.correct('refreshmentss')).toBeNull();
  });

  it('answers repeated look-ups the same way', () => {
    expect(corrector.correct('permision')).toBe(corrector.correct('permision'));
  });
});
