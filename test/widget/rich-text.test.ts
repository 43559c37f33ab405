import { linkify, splitSteps } from '../../widget/rich-text';

describe('linkify', () => {
  it('turns addresses into mailto links and keeps sentence punctuation outside', () => {
    expect(linkify('Write to riley@acme.example.com.')).toEqual([
      { text: 'Write to ' },
      { text: 'riley@acme.example.com', href: 'mailto:riley@acme.example.com' },
      { text: '.' },
    ]);
  });

  it('links http(s) URLs only, without a closing parenthesis or full stop', () => {
    expect(linkify('Open it (https://links.test/i/abc?x=1). Or ftp://no')).toEqual([
      { text: 'Open it (' },
      { text: 'https://links.test/i/abc?x=1', href: 'https://links.test/i/abc?x=1' },
      { text: '). Or ftp://no' },
    ]);
    expect(linkify('javascript:alert(1) and <b>')).toEqual([{ text: 'javascript:alert(1) and <b>' }]);
  });

  it('leaves text without links as one segment', () => {
    expect(linkify('nothing here')).toEqual([{ text: 'nothing here' }]);
    expect(linkify('')).toEqual([]);
  });
});

describe('splitSteps', () => {
  const answer = ['Your link expired.', '1. One', '2. Two', '3. Three', '4. Four', '5. Five', 'Did this help?'];

  it('shows the summary and three steps, hides the rest of the steps, keeps the closing line', () => {
    expect(splitSteps(answer)).toEqual({
      shown: ['Your link expired.', '1. One', '2. Two', '3. Three'],
      hidden: ['4. Four', '5. Five'],
      after: ['Did this help?'],
    });
  });

  it('does not hide a single step behind a button', () => {
    const four = answer.filter((line) => line !== '5. Five');
    expect(splitSteps(four)).toEqual({ shown: four, hidden: [], after: [] });
  });
});
