import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../../server/cli/run-cli';
import { loadConfig } from '../../server/config';
import type { Database } from '../../server/db/database';
import { OrgStore } from '../../server/orgs/org-store';
import { createTestDatabase } from '../support/test-database';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    config: loadConfig({ KB_DIR: path.join(ROOT, 'knowledge') }),
    // The CLI closes what it opens; the test keeps its database for assertions.
    openDb: async () => ({ ...db, close: async () => undefined }),
    io: { out: (t) => out.push(t), err: (t) => err.push(t) },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli', () => {
  it('org create prints orgId and a working apiKey', async () => {
    const res = await cli('org', 'create', '--name', 'Acme', '--policy', 'flexible');
    expect(res.code).toBe(0);
    const { orgId, apiKey } = JSON.parse(res.out);
    const org = await new OrgStore(db).findByApiKey(apiKey);
    expect(org).toMatchObject({ id: orgId, name: 'Acme', policy: 'flexible' });
  });

  it('user create: recruiter needs --org; passwords stored as scrypt hashes', async () => {
    const noOrg = await cli('user', 'create', '--email', 'r@example.com', '--password', 'correct horse', '--role', 'recruiter');
    expect(noOrg.code).toBe(1);
    expect(noOrg.err).toContain('"field":"org"');
    const { orgId } = JSON.parse((await cli('org', 'create', '--name', 'Beta')).out);
    const ok = await cli('user', 'create', '--email', 'r@example.com', '--password', 'correct horse', '--role', 'recruiter', '--org', orgId);
    expect(ok.code).toBe(0);
    const [row] = await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [JSON.parse(ok.out).userId]);
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.password_hash).not.toContain('correct horse');
    const dup = await cli('user', 'create', '--email', 'R@example.com', '--password', 'another one', '--role', 'agent');
    expect(dup.code).toBe(1);
  });

  it('user create says which orgs the new user sees', async () => {
    const { orgId } = JSON.parse((await cli('org', 'create', '--name', 'Scoped')).out);
    const create = async (email: string, role: string, org?: string) => {
      const res = await cli('user', 'create', '--email', email, '--password', 'long enough', '--role', role, ...(org ? ['--org', org] : []));
      expect(res.code).toBe(0);
      return JSON.parse(res.out);
    };
    expect(await create('scoped-agent@example.com', 'agent', orgId)).toEqual({ userId: expect.any(String), sees: `org ${orgId} only`, orgId });
    expect(await create('platform-agent@example.com', 'agent')).toEqual({ userId: expect.any(String), sees: 'every org (platform support)' });
    expect(await create('boss@example.com', 'admin', orgId)).toEqual({
      userId: expect.any(String),
      sees: 'every org',
      note: '--org does not narrow what an admin sees',
    });
    const [row] = await db.query<{ org_id: string }>('SELECT org_id FROM users WHERE email = $1', ['scoped-agent@example.com']);
    expect(row.org_id).toBe(orgId);
  });

  it('rejects a bad role and an unknown command', async () => {
    const bad = await cli('user', 'create', '--email', 'a@example.com', '--password', 'long enough', '--role', 'king');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('"field":"role"');
    expect((await cli('frobnicate')).code).toBe(2);
  });

  it('kb lint passes on the real knowledge base', async () => {
    const res = await cli('kb', 'lint');
    expect(res.err).toBe('');
    expect(res.code).toBe(0);
  });
});

describe('npm run cli (real process)', () => {
  it('creates an org on a fresh embedded store and prints JSON', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ld-cli-'));
    try {
      const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'development' };
      delete (env as Record<string, string | undefined>).DATABASE_URL;
      const { stdout } = await run('npm', ['run', '--silent', 'cli', '--', 'org', 'create', '--name', 'Gamma'], { cwd: ROOT, env });
      expect(JSON.parse(stdout)).toEqual({ orgId: expect.any(String), apiKey: expect.stringMatching(/^ldk_/) });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
