import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintKnowledge } from './kb-lint';

const KNOWLEDGE = join(__dirname, '../../knowledge');

describe('lintKnowledge', () => {
  it('passes the real knowledge base', () => {
    expect(lintKnowledge(KNOWLEDGE)).toEqual({ ok: true, errors: [], warnings: [] });
  });

  describe('on a broken copy', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'kb-lint-'));
      cpSync(KNOWLEDGE, dir, { recursive: true });
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('reports each problem as file:line:column', () => {
      const file = join(dir, 'job-closed.yaml');
      const lines = readFileSync(file, 'utf8').split('\n');
      const titleLine = lines.findIndex((line) => line.startsWith('title:'));
      lines[titleLine] = 'title: 42';
      writeFileSync(file, lines.join('\n'));
      const result = lintKnowledge(dir);
      expect(result.ok).toBe(false);
      expect(result.errors).toEqual([`${file}:${titleLine + 1}:8: title: Invalid input: expected string, received number`]);
    });

    it('reports a missing article and every article that relates to it', () => {
      unlinkSync(join(dir, 'contact-recruiter.yaml'));
      const { ok, errors } = lintKnowledge(dir);
      expect(ok).toBe(false);
      expect(errors).toContain(`${join(dir, 'contact-recruiter.yaml')}: missing article for scenario contact-recruiter`);
      expect(errors.filter((e) => e.includes('unknown related id "contact-recruiter"')).length).toBeGreaterThan(3);
      for (const error of errors.filter((e) => e.includes('related'))) expect(error).toMatch(/\.yaml:\d+:\d+: related\[\d\]: /);
    });
  });
});
