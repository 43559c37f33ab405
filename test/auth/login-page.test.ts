import { createTestApp, request, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const dataNext = (html: string) => /data-next="([^"]*)"/.exec(html)?.[1];

describe('GET /login', () => {
  it('serves a form whose only script is the external /assets/login.js', async () => {
    const res = await request(t.app).get('/login');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('<form id="login-form" method="post"');
    expect(res.text).toContain('autocomplete="current-password"');
    const scripts = res.text.match(/<script[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script src="/assets/login.js" defer>']);
    expect(res.text).not.toMatch(/\son[a-z]+=/i);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('keeps a same-origin next path, escaped', async () => {
    const res = await request(t.app).get('/login').query({ next: '/inbox?ticket=1&tab="a"' });
    expect(dataNext(res.text)).toBe('/inbox?ticket=1&amp;tab=%22a%22');
  });

  it('replaces anything that could leave the site with /', async () => {
    const hostile = ['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', '/\tevil', '"><script>alert(1)</script>'];
    for (const next of hostile) {
      const res = await request(t.app).get('/login').query({ next });
      expect(dataNext(res.text)).toBe('/');
      expect(res.text).not.toContain('<script>alert');
    }
  });
});

describe('GET /assets/login.js', () => {
  it('serves the form script, which posts to the login API and writes text only', async () => {
    const res = await request(t.app).get('/assets/login.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.text).toContain("fetch('/api/v1/auth/login'");
    expect(res.text).not.toContain('innerHTML');
  });
});
