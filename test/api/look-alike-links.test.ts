import { createInvitation, orgWithJob } from '../support/fixtures';
import { createTestApp, request, type TestApp } from '../support/test-app';
import { readPastedLink } from '../../server/links/parse-pasted-link';

// Only PUBLIC_URL's host (links.test here) is ours: the same token on a look-alike
// host is not diagnosed as the genuine link, and the reader is told why.

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestApp();
  const { auth, job } = await orgWithJob(t);
  token = (await createInvitation(t, auth, job.id)).token;
});
afterAll(() => t.close());

const diagnose = (link: string) => request(t.app).post('/api/v1/diagnose').send({ link });

describe('pasted links on other hosts', () => {
  it.each([
    ['another domain', (tok: string) => `https://links-test.example/i/${tok}`, 'links-test.example'],
    ['ours as a subdomain of another', (tok: string) => `https://links.test.evil.example/i/${tok}`, 'links.test.evil.example'],
    ['user@host', (tok: string) => `https://links.test@evil.example/i/${tok}`, 'evil.example'],
    ['a Cyrillic look-alike', (tok: string) => `https://lіnks.test/i/${tok}`, 'xn--lnks-l9d.test'],
  ])('%s is not ours: link-not-found, and the answer says so', async (_name, build, host) => {
    const res = await diagnose(`here is my link: ${build(token)} thanks`);
    expect(res.status).toBe(200);
    expect(res.body.scenario).toBe('link-not-found');
    expect(res.body.link).toBeNull();
    expect(res.body.foreignLink).toMatchObject({ host, ours: 'links.test' });
    expect(res.body.foreignLink.message).toContain('links.test');
    expect(res.body.trace).toContainEqual({ check: 'link-host', result: false, detail: `${host} is not links.test` });
  });

  it('our own link, bare or mangled, still resolves', async () => {
    for (const pasted of [`https://links.test/i/${token}`, `<links.test/i/${token}>.`, token, `/i/${token}`]) {
      const res = await diagnose(pasted);
      expect(res.body.scenario).toBe('link-valid');
      expect(res.body.foreignLink).toBeUndefined();
    }
  });

  it('prefers ours when both are pasted', () => {
    const reading = readPastedLink(`fake https://evil.example/i/${'A'.repeat(24)} real https://links.test/i/${token}`, 'https://links.test');
    expect(reading).toEqual({ candidates: [token], foreignHost: null });
  });
});
