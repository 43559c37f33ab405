import { readEmbedConfig, tokenFromPath } from '../widget/embed-config';

const script = (dataset: Record<string, string | undefined>, src = 'https://help.example.com/widget.js') => ({
  src,
  dataset,
});

describe('readEmbedConfig', () => {
  it('talks to the origin the script came from, whatever page embeds it', () => {
    const config = readEmbedConfig(script({ token: 'tok1' }), 'https://careers.acme.test/jobs/42');
    expect(config).toEqual({ serverUrl: 'https://help.example.com', token: 'tok1', link: undefined, open: false });
  });

  it('reads data-link and data-open (present, even empty, means open)', () => {
    const config = readEmbedConfig(script({ link: ' https://help.example.com/i/abc ', open: '' }), 'https://x.test/');
    expect(config).toMatchObject({ link: 'https://help.example.com/i/abc', token: undefined, open: true });
    expect(readEmbedConfig(script({ open: 'false' }), 'https://x.test/').open).toBe(false);
  });

  it('reads data-locale with or without a token, and ignores a blank one', () => {
    expect(readEmbedConfig(script({ token: 'tok1', locale: 'es-MX' }), 'https://x.test/').locale).toBe('es-MX');
    expect(readEmbedConfig(script({ locale: 'hi' }), 'https://x.test/').locale).toBe('hi');
    expect(readEmbedConfig(script({ locale: ' ' }), 'https://x.test/')).not.toHaveProperty('locale');
  });

  it('takes the token from its own gateway page when the tag names none', () => {
    const config = readEmbedConfig(script({ open: '' }), 'https://help.example.com/i/a%2Bb?utm=1#x');
    expect(config).toEqual({ serverUrl: 'https://help.example.com', token: 'a+b', open: true });
  });

  it('ignores /i/ paths of other sites', () => {
    expect(readEmbedConfig(script({}), 'https://careers.acme.test/i/not-ours').token).toBeUndefined();
  });

  it('prefers the tag over the page and ignores blank attributes', () => {
    const config = readEmbedConfig(script({ token: '  ', link: '' }), 'https://help.example.com/i/from-page');
    expect(config.token).toBe('from-page');
    expect(readEmbedConfig(script({ token: 'tag' }), 'https://help.example.com/i/page').token).toBe('tag');
  });

  it('falls back to the page origin without a usable script src', () => {
    expect(readEmbedConfig(null, 'http://localhost:3000/i/t1')).toEqual({
      serverUrl: 'http://localhost:3000',
      token: 't1',
      open: false,
    });
    expect(readEmbedConfig(script({}, 'not a url'), 'http://localhost:3000/').serverUrl).toBe('http://localhost:3000');
  });
});

describe('tokenFromPath', () => {
  it('reads only the gateway path', () => {
    expect(tokenFromPath('/i/abc')).toBe('abc');
    expect(tokenFromPath('/i/abc/')).toBe('abc');
    expect(tokenFromPath('/i/')).toBeUndefined();
    expect(tokenFromPath('/x/i/abc')).toBeUndefined();
    expect(tokenFromPath('/i/abc/more')).toBeUndefined();
    expect(tokenFromPath('/i/%E0%A4%A')).toBeUndefined();
  });
});
