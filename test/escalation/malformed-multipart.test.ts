import { createTestApp, request, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const B = 'XyZboundary';
const part = (name: string, value: string, extra = '') => `--${B}\r\nContent-Disposition: form-data; name="${name}"${extra}\r\n\r\n${value}\r\n`;

// Each body is broken in its own way; none may crash the process or reach a 5xx.
const corpus: [string, string, string][] = [
  ['no closing boundary', `multipart/form-data; boundary=${B}`, part('description', 'x')],
  ['truncated mid-header', `multipart/form-data; boundary=${B}`, `--${B}\r\nContent-Disposition: form-da`],
  ['missing boundary parameter', 'multipart/form-data', part('description', 'x') + `--${B}--\r\n`],
  ['boundary mismatch', `multipart/form-data; boundary=other`, part('description', 'x') + `--${B}--\r\n`],
  ['garbage', `multipart/form-data; boundary=${B}`, '\u0000\u0001\u0002 not multipart at all'],
  ['empty body', `multipart/form-data; boundary=${B}`, ''],
  ['file field with wrong name', `multipart/form-data; boundary=${B}`, part('description', 'x') + part('evil', 'AAAA', '; filename="a.png"') + `--${B}--\r\n`],
  ['header without disposition', `multipart/form-data; boundary=${B}`, `--${B}\r\nContent-Type: text/plain\r\n\r\nhello\r\n--${B}--\r\n`],
  ['huge field', `multipart/form-data; boundary=${B}`, part('description', 'x'.repeat(40_000)) + `--${B}--\r\n`],
  ['too many fields', `multipart/form-data; boundary=${B}`, Array.from({ length: 40 }, (_, i) => part(`f${i}`, 'v')).join('') + `--${B}--\r\n`],
  ['only a closing boundary', `multipart/form-data; boundary=${B}`, `--${B}--\r\n`],
  ['valid shape, no fields we know', `multipart/form-data; boundary=${B}`, part('hello', 'world') + `--${B}--\r\n`],
  [
    'screenshot not an image',
    `multipart/form-data; boundary=${B}`,
    part('token', 'abcabcabcabcabcabcabcabc') +
      part('description', 'x') +
      `--${B}\r\nContent-Disposition: form-data; name="screenshots"; filename="a.png"\r\nContent-Type: image/png\r\n\r\nGIF89a\r\n--${B}--\r\n`,
  ],
];

describe('malformed multipart bodies', () => {
  it.each(corpus)('%s → 4xx in the error shape', async (_name, contentType, body) => {
    const res = await request(t.app).post('/api/v1/escalations').set('Content-Type', contentType).send(body);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error.code).toEqual(expect.any(String));
  });

  it('the process still serves afterwards', async () => {
    expect((await request(t.app).get('/healthz')).status).toBe(200);
  });
});
