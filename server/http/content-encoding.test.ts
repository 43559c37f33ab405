import { pickEncoding } from './content-encoding';

const pick = (acceptEncoding?: string) => pickEncoding({ headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

describe('pickEncoding', () => {
  it('prefers brotli among equals, whatever the order of the header', () => {
    expect(pick('gzip, deflate, br, zstd')).toBe('br');
    expect(pick('br, gzip')).toBe('br');
  });

  it('follows weights and refusals', () => {
    expect(pick('gzip, deflate')).toBe('gzip');
    expect(pick('br;q=0.5, gzip')).toBe('gzip');
    expect(pick('br;q=0, gzip;q=0')).toBe('identity');
    expect(pick('*')).toBe('br');
  });

  it('sends the plain file without the header or with an unknown coding', () => {
    expect(pick()).toBe('identity');
    expect(pick('deflate')).toBe('identity');
    expect(pick('')).toBe('identity');
  });
});
