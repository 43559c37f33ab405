import { existsSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { buildWidgetFiles, firstAnswerSizes, wireSizes, withoutMethods, type WidgetBuild } from '../widget/build-widget';

// What the first answer needs (loader, entry and its static imports) on the wire.
const FIRST_ANSWER_BUDGET_BYTES = 20 * 1024;
const LANGUAGES = ['es', 'pt', 'fr', 'hi'];

describe('buildWidgetFiles', () => {
  let widget: WidgetBuild;
  let all: string;
  const text = (name: string) => widget.files.find((f) => f.name === name)?.text ?? '';

  beforeAll(async () => {
    widget = await buildWidgetFiles();
    all = [widget.loader, ...widget.files.map((f) => f.text)].join('\n');
  });

  it('names every module by its content hash', async () => {
    for (const file of widget.files) expect(file.name).toMatch(/^[\w-]+-[A-Z0-9]{8}\.js$/);
    expect(widget.firstAnswer).toContain(widget.entry);
    const again = await buildWidgetFiles();
    expect(again.files.map((f) => f.name).sort()).toEqual(widget.files.map((f) => f.name).sort());
  });

  it('keeps the loader tiny and pointing at the hashed entry', () => {
    expect(Buffer.byteLength(widget.loader)).toBeLessThan(700);
    expect(widget.loader).toContain(widget.entry);
    expect(widget.loader).not.toMatch(/^import |^export /m); // a classic script
  });

  it('sends the first answer in at most 20 KB compressed, socket.io-client included', () => {
    const sizes = firstAnswerSizes(widget);
    expect(sizes.brotli).toBeLessThanOrEqual(FIRST_ANSWER_BUDGET_BYTES);
    expect(sizes.gzip).toBeGreaterThan(sizes.brotli);
    const first = widget.firstAnswer.map(text).join('\n');
    expect(first).toContain('/chat');
    expect(first).toContain('conversation:ready');
    expect(first).toContain('websocket');
    expect(first).not.toMatch(/return ?"polling"|WebTransport/); // the polling fallback loads on demand
  });

  it('loads the escalation form, the self-check, the rating and the polling fallback on demand only', () => {
    const first = widget.firstAnswer.map(text).join('\n');
    const lazy = widget.files.filter((f) => !widget.firstAnswer.includes(f.name));
    // Languages are checked below; a `chunk` here is shared by on-demand parts only.
    const lazyNames = lazy.map((f) => f.name.replace(/-\w+\.js$/, '')).filter((name) => !LANGUAGES.includes(name) && name !== 'chunk');
    expect(lazyNames.sort()).toEqual(['escalation-form', 'polling-transport', 'rating-card', 'self-check-bundle']);
    expect(text(lazy.find((f) => f.name.startsWith('polling-transport'))!.name)).toMatch(/return ?"polling"/);
    expect(first).not.toContain('esc-description');
    expect(first).not.toContain('getUserMedia');
    expect(lazy.map((f) => f.text).join('\n')).toContain('getUserMedia');
  });

  it('builds each language present as a module of its own, outside the first answer, named in the entry', () => {
    const present = LANGUAGES.filter((locale) => existsSync(path.join(__dirname, '../widget/messages', `${locale}.ts`)));
    const first = widget.firstAnswer.map(text).join('\n');
    for (const locale of present) {
      const file = widget.files.find((f) => f.name.startsWith(`${locale}-`));
      expect(file).toBeDefined();
      expect(widget.firstAnswer).not.toContain(file!.name);
      expect(first).toContain(`"${file!.name}"`); // the entry knows where to fetch it
      expect(file!.text).not.toMatch(/^import /m); // self-contained: no shared chunk to wait for
    }
    // The English sentences of parts loaded on demand stay out of the first answer.
    expect(first).not.toContain('How helpful was this chat?');
    expect(first).not.toContain('Add screenshots');
    expect(first).not.toContain('Cookies and storage: enabled');
  });

  it('leaves out the client methods the widget never calls, and fails loudly when one moved', () => {
    const source = 'class S {\n    emit(a) {\n        return a;\n    }\n    onAny(fn) {\n        this.x = fn;\n    }\n    close() {\n    }\n}\n';
    expect(withoutMethods(source, ['onAny'])).toBe('class S {\n    emit(a) {\n        return a;\n    }\n    close() {\n    }\n}\n');
    expect(() => withoutMethods(source, ['offAny'])).toThrow(/offAny/);
    const first = widget.firstAnswer.map(text).join('\n');
    expect(first).not.toMatch(/prependAnyOutgoing|_anyOutgoingListeners\.unshift/);
  });

  it('never turns text into markup', () => {
    expect(all).not.toMatch(/\.(innerHTML|outerHTML)\s*=[^=]/);
    expect(all).not.toMatch(/insertAdjacentHTML|document\.write\(|createContextualFragment/);
  });

  it('leaves zod and the debug logger out of the browser bundle', () => {
    expect(all).not.toMatch(/ZodError|\$ZodType/);
    expect(all).not.toContain('WebkitAppearance');
  });

  it('measures sizes as the server compresses them', () => {
    const sizes = wireSizes(widget.loader);
    expect(sizes.raw).toBe(Buffer.byteLength(widget.loader));
    expect(sizes.gzip).toBe(gzipSync(widget.loader, { level: 9 }).length);
    expect(sizes.brotli).toBeLessThanOrEqual(brotliCompressSync(widget.loader).length);
  });
});
