import { safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it.each([
    ['/inbox', '/inbox'],
    ['/console/tickets?status=open#t1', '/console/tickets?status=open#t1'],
    ['/a/../b', '/b'],
  ])('keeps the same-origin path %s', (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it.each([
    undefined,
    ['/x'],
    '',
    'inbox',
    '//evil.example',
    '/\\evil.example',
    '/\\/evil.example',
    'https://evil.example/inbox',
    'javascript:alert(1)',
    '/\nevil',
    `/${'a'.repeat(3000)}`,
  ])('falls back to / for %p', (input) => {
    expect(safeNextPath(input)).toBe('/');
  });
});
