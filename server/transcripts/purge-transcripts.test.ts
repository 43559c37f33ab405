import { parseDuration } from './purge-transcripts';

describe('parseDuration', () => {
  it.each([
    ['12h', 12 * 3_600_000],
    ['90d', 90 * 86_400_000],
    ['4w', 28 * 86_400_000],
    [' 1d ', 86_400_000],
  ])('reads %j', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '0d', '90', 'd', '-1d', '1.5d', '1y', '90 d', '9999999d'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});
