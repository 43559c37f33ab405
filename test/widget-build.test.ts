import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWidget, bundleWidgetSource } from '../widget/build-widget';

const BUDGET_GZIP_BYTES = 30 * 1024;

describe('buildWidget', () => {
  let dir: string;
  let source: string;
  let result: Awaited<ReturnType<typeof buildWidget>>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'widget-build-'));
    result = await buildWidget({ outfile: path.join(dir, 'nested', 'widget.js') });
    source = await readFile(result.outfile, 'utf8');
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes the bundle where asked and reports its real sizes', () => {
    expect(result.outfile).toBe(path.join(dir, 'nested', 'widget.js'));
    expect(result.bytes).toBe(Buffer.byteLength(source));
    expect(result.gzipBytes).toBe(gzipSync(source, { level: 9 }).length);
  });

  it('stays within the 30 KB gzipped budget, socket.io-client included', () => {
    expect(result.gzipBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    expect(source).toContain('/chat');
    expect(source).toContain('conversation:ready');
  });

  it('is a self-contained script that registers <linkdoctor-chat>', () => {
    expect(source).not.toMatch(/\brequire\(|^import |^export /m);
    expect(source).toContain('linkdoctor-chat');
    expect(source).toContain('attachShadow');
  });

  it('never turns text into markup', () => {
    expect(source).not.toMatch(/\.(innerHTML|outerHTML)\s*=[^=]/);
    expect(source).not.toMatch(/insertAdjacentHTML|document\.write\(|createContextualFragment/);
  });

  it('leaves zod and the debug logger out of the browser bundle', () => {
    expect(source).not.toMatch(/ZodError|\$ZodType/);
    expect(source).not.toContain('WebkitAppearance');
  });

  it('builds the same code in memory for the server to serve', async () => {
    expect(await bundleWidgetSource()).toBe(source);
  });
});
