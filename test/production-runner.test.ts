import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PRODUCTION_NODE_ARGS, REPO_ROOT } from '../bench/child-server';

// The benchmarks and the multi-process tests start servers as `npm start` does; if
// the two drifted apart, their figures would describe a different program.

describe('the production runner', () => {
  it('is what npm start runs', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toBe(['node', ...PRODUCTION_NODE_ARGS, 'server/main.ts'].join(' '));
  });

  it('runs TypeScript without tsx, with stack traces that name the .ts line', () => {
    const script = path.join(REPO_ROOT, 'test', 'support', 'throws-at-line-7.ts');
    let stack = '';
    try {
      execFileSync(process.execPath, [...PRODUCTION_NODE_ARGS, script], { cwd: REPO_ROOT, stdio: 'pipe' });
    } catch (error) {
      stack = String((error as { stderr: Buffer }).stderr);
    }
    expect(stack).toContain('typed failure: 42');
    expect(stack).toMatch(/throws-at-line-7\.ts:7:\d+/);
  });
});
