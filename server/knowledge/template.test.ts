import { fillTemplate, findPlaceholders, hasMalformedPlaceholder } from './template';

describe('findPlaceholders', () => {
  it('finds names and fallbacks', () => {
    expect(findPlaceholders('Write to {{recruiterName|the recruiter}} before {{ deadlineLocal }}.')).toEqual([
      { name: 'recruiterName', fallback: 'the recruiter' },
      { name: 'deadlineLocal', fallback: undefined },
    ]);
  });
});

describe('hasMalformedPlaceholder', () => {
  it('flags braces that do not form a placeholder', () => {
    expect(hasMalformedPlaceholder('Due {{deadlineLocal}}.')).toBe(false);
    expect(hasMalformedPlaceholder('Due {{deadlineLocal}.')).toBe(true);
    expect(hasMalformedPlaceholder('Due {{ }} today')).toBe(true);
    expect(hasMalformedPlaceholder('Plain text')).toBe(false);
  });
});

describe('fillTemplate', () => {
  it('fills known values', () => {
    expect(fillTemplate('For {{jobTitle}}.', { jobTitle: 'Data Analyst' })).toBe('For Data Analyst.');
  });

  it('uses the fallback when the value is unknown', () => {
    expect(fillTemplate('Write to {{recruiterName|the recruiter}}.', {})).toBe('Write to the recruiter.');
    expect(fillTemplate('Write to {{recruiterName|the recruiter}}.', { recruiterName: 'Ana' })).toBe('Write to Ana.');
  });

  it('returns null when a value without fallback is unknown', () => {
    expect(fillTemplate('Left: {{timeLeft}}; for {{jobTitle}}.', { jobTitle: 'Data Analyst' })).toBeNull();
  });

  it('does not treat values as templates', () => {
    expect(fillTemplate('{{jobTitle}}', { jobTitle: '{{timeLeft}}' })).toBe('{{timeLeft}}');
  });
});
