import { normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it('lower-cases and removes accents and punctuation', () => {
    expect(normalizeText('  Résumé: Café, NOW!!  ')).toBe('resume cafe now');
  });

  it('expands contractions typed with straight, curly or no apostrophes', () => {
    expect(normalizeText("I can't open it")).toBe('i can not open it');
    expect(normalizeText('It won’t load')).toBe('it will not load');
    expect(normalizeText('doesnt work, im stuck')).toBe('does not work i am stuck');
  });

  it('fixes common misspellings and chat shorthand', () => {
    expect(normalizeText('assesment expierd??')).toBe('assessment expired');
    expect(normalizeText('pls help u r great')).toBe('please help you are great');
    expect(normalizeText('camra and micrphone not wrking')).toBe('camera and microphone not working');
  });

  it('glues prefixes such as re- and e- but splits other hyphenated words', () => {
    expect(normalizeText('re-send the e-mail')).toBe('resend the email');
    expect(normalizeText('wi-fi dropped mid-way')).toBe('wifi dropped mid way');
  });

  it('drops possessive endings and keeps numbers', () => {
    expect(normalizeText("the candidate's link gives a 404")).toBe('the candidate link gives a 404');
  });

  it('collapses whitespace and returns an empty string when nothing is left', () => {
    expect(normalizeText('link \n\t  expired')).toBe('link expired');
    expect(normalizeText(' ?!… ')).toBe('');
    expect(normalizeText('')).toBe('');
  });
});
