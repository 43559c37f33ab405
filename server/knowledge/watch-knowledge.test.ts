import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnowledgeLoadError } from './load-knowledge';
import { fullFacts } from './test-fixtures';
import { watchKnowledge, type KnowledgeLogger, type WatchedKnowledgeBase } from './watch-knowledge';

const KNOWLEDGE = join(__dirname, '../../knowledge');

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for the watcher');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('watchKnowledge', () => {
  let dir: string;
  let file: string;
  let watched: WatchedKnowledgeBase | undefined;
  const logged: { level: 'info' | 'error'; details: object }[] = [];
  const logger: KnowledgeLogger = {
    info: (details) => logged.push({ level: 'info', details }),
    error: (details) => logged.push({ level: 'error', details }),
  };
  const title = () => watched!.render('link-expired', { facts: fullFacts() }).title;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kb-watch-'));
    cpSync(KNOWLEDGE, dir, { recursive: true });
    file = join(dir, 'link-expired.yaml');
    logged.length = 0;
  });
  afterEach(() => {
    watched?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('picks up an edit without a restart', async () => {
    watched = watchKnowledge(dir, { logger, debounceMs: 20 });
    expect(title()).toBe('Your link has expired');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Your link has expired', 'title: Your link ran out of time'));
    await waitFor(() => title() === 'Your link ran out of time');
    expect(logged.some((entry) => entry.level === 'info')).toBe(true);
  });

  it('keeps the last good base and logs the error when an edit is broken', async () => {
    watched = watchKnowledge(dir, { logger, debounceMs: 20 });
    writeFileSync(file, readFileSync(file, 'utf8').replace('audience: candidate', 'audience: everyone'));
    await waitFor(() => logged.some((entry) => entry.level === 'error'));
    expect(title()).toBe('Your link has expired');
    const { errors } = logged.find((entry) => entry.level === 'error')!.details as { errors: string[] };
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^${file}:2:11: audience: `))]);
  });

  it('reloads on demand and reports whether the edit was taken', () => {
    watched = watchKnowledge(dir, { logger, debounceMs: 10_000 });
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^version: \d+$/m, 'version: 0'));
    expect(watched.reload()).toBe(false);
    writeFileSync(file, readFileSync(file, 'utf8').replace('version: 0', 'version: 99'));
    expect(watched.reload()).toBe(true);
    expect(watched.render('link-expired', { facts: fullFacts() }).version).toBe(99);
  });

  it('refuses to start on a broken base', () => {
    writeFileSync(file, 'id: [');
    expect(() => watchKnowledge(dir, { logger })).toThrow(KnowledgeLoadError);
  });
});
