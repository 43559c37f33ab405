import { stringifyWithKnownParts, withKnownJson } from './json-parts';

const deepFreeze = <T extends object>(value: T): T => {
  for (const child of Object.values(value)) if (child && typeof child === 'object') deepFreeze(child);
  return Object.freeze(value);
};

describe('stringifyWithKnownParts', () => {
  it("gives exactly JSON.stringify's text, with or without registered parts", () => {
    const article = withKnownJson(deepFreeze({ id: 'link-expired', steps: ['One "quoted" step.', 'Two\nlines'], related: [] }));
    const value = {
      scenario: 'link-expired',
      skipped: undefined,
      link: { expiresAt: new Date('2026-12-01T10:00:00Z'), accessCount: 3, missing: undefined },
      article,
      trace: [{ check: 'expired', result: true }],
      'odd "key"': null,
    };
    expect(stringifyWithKnownParts(value)).toBe(JSON.stringify(value));
    expect(JSON.parse(stringifyWithKnownParts(value)).article).toEqual(article);
  });

  it('handles empty objects and objects with nothing serializable', () => {
    expect(stringifyWithKnownParts({})).toBe('{}');
    expect(stringifyWithKnownParts({ a: undefined, f: () => 1 })).toBe('{}');
  });

  it('serializes an unregistered object afresh each time', () => {
    const part: { n: number } = { n: 1 };
    expect(stringifyWithKnownParts({ part })).toBe('{"part":{"n":1}}');
    part.n = 2;
    expect(stringifyWithKnownParts({ part })).toBe('{"part":{"n":2}}');
  });
});
