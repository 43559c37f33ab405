// Bundles the widget: a tiny classic-script loader for `<script src=".../widget.js">`
// and, behind it, content-hashed ES modules split by esbuild so that what the first
// answer needs loads first and the escalation form and the self-check only on demand.
// Run directly (`npx tsx widget/build-widget.ts`) to see the sizes.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { build, transform, type Metafile, type Plugin } from 'esbuild';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from '../server/i18n/locales';

export interface WidgetFile {
  /** File name under /widget/, with its content hash (`main-AB12CD34.js`). */
  name: string;
  text: string;
}

export interface WidgetBuild {
  /** The classic script served at /widget.js: reads its tag, imports `entry`. */
  loader: string;
  /** Name of the entry module among `files`. */
  entry: string;
  /** Entry, shared chunks and lazily imported chunks. */
  files: WidgetFile[];
  /** The files (beside the loader) the first answer waits for: the entry and its static imports. */
  firstAnswer: string[];
}

// Relative to this folder, so the build works wherever the service is installed.
const OUT_DIR = path.join(__dirname, 'out');
// ES2022 keeps `#private` fields native (lowered, they cost 0.7 KB of the budget): Chrome 84,
// Safari 15, Firefox 90 and later. Older browsers still get the gateway page, which needs no script.
const TARGET = 'es2022';

/**
 * `*-styles.ts` files hold one CSS template literal, written to be read; esbuild's
 * CSS minifier shrinks it in the bundle (a tenth of the first answer's bytes).
 */
const minifyStyles: Plugin = {
  name: 'minify-widget-styles',
  setup(b) {
    b.onLoad({ filter: /[\\/]widget[\\/][\w-]+-styles\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const match = /export const (\w+) = `([^`]*)`;/.exec(source);
      if (!match) return undefined;
      const css = (await transform(match[2], { loader: 'css', minify: true })).code.trim();
      return { contents: `export const ${match[1]} = ${JSON.stringify(css)};`, loader: 'ts' };
    });
  },
};

/**
 * socket.io-client bundles every transport by name. The widget passes transport
 * classes instead (chat-connection.ts): WebSocket at once, long-polling as a lazily
 * loaded fallback, WebTransport (which the server does not enable) never.
 */
const transportsByClass: Plugin = {
  name: 'transports-by-class',
  setup(b) {
    b.onLoad({ filter: /engine\.io-client[\\/]build[\\/]esm[\\/]transports[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const kept = source.replace(/^import \{ (WT|XHR) \}.*$/gm, '').replace(/^\s*(webtransport: WT|polling: XHR),$/gm, '');
      return { contents: kept, resolveDir: path.dirname(args.path) };
    });
  },
};

/**
 * Every chat event is JSON (chat-events.ts): socket.io-parser's binary attachments
 * (ArrayBuffer and Blob arguments) are replaced by stubs that find no binary.
 */
const jsonOnlyParser: Plugin = {
  name: 'json-only-parser',
  setup(b) {
    b.onLoad({ filter: /socket\.io-parser[\\/]build[\\/]esm[\\/]is-binary\.js$/ }, () => ({
      contents: 'export const isBinary = () => false; export const hasBinary = () => false;',
    }));
    b.onLoad({ filter: /socket\.io-parser[\\/]build[\\/]esm[\\/]binary\.js$/ }, () => ({
      contents: 'export const deconstructPacket = (packet) => ({ packet, buffers: [] }); export const reconstructPacket = (packet) => packet;',
    }));
    // The same below Socket.IO: over WebSocket every engine.io packet is a text frame, so
    // Blob, ArrayBuffer and base64 packets never occur. (The polling fallback is built
    // apart, with engine.io's full parser.)
    b.onLoad({ filter: /engine\.io-parser[\\/]build[\\/]esm[\\/]encodePacket\.browser\.js$/ }, (args) => ({
      contents: [
        'import { PACKET_TYPES } from "./commons.js";',
        'export const encodePacket = ({ type, data }, _binary, callback) => callback(PACKET_TYPES[type] + (data || ""));',
        'export function encodePacketToBinary() { throw new Error("binary packets are not used"); }',
      ].join('\n'),
      resolveDir: path.dirname(args.path),
    }));
    b.onLoad({ filter: /engine\.io-parser[\\/]build[\\/]esm[\\/]decodePacket\.browser\.js$/ }, (args) => ({
      contents: [
        'import { ERROR_PACKET, PACKET_TYPES_REVERSE } from "./commons.js";',
        'export const decodePacket = (encoded) => {',
        '  const type = typeof encoded === "string" && PACKET_TYPES_REVERSE[encoded.charAt(0)];',
        '  if (!type) return ERROR_PACKET;',
        '  return encoded.length > 1 ? { type, data: encoded.substring(1) } : { type };',
        '};',
      ].join('\n'),
      resolveDir: path.dirname(args.path),
    }));
  },
};

// The polling fallback is a whole module of its own, not a chunk sharing engine.io's
// core with the entry: shared, that core would leave the entry's file and compress
// worse, for a transport most candidates never load.
/** Removes the class methods `names` (4-space indented, as in socket.io's builds) from `source`. */
export function withoutMethods(source: string, names: string[]): string {
  let out = source;
  for (const name of names) {
    const start = out.indexOf(`\n    ${name}(`);
    const end = start < 0 ? -1 : out.indexOf('\n    }\n', start);
    if (end < 0) throw new Error(`widget build: method ${name} not found; check the socket.io-client version`);
    out = out.slice(0, start) + out.slice(end + 6);
  }
  return out;
}

/**
 * Parts of socket.io-client the widget never calls, left out of the first answer's
 * bytes: the catch-all listeners (`onAny`, `onAnyOutgoing`, …; the socket checks
 * for their arrays before use), `send`, `compress`, `volatile` and `disconnected`
 * (the widget uses `emit`, `timeout` and `connected`), and engine.io's regular-expression URL parser, for
 * which the browser's own URL parser stands in (it also fills in the scheme's default
 * port, so that engine.io never borrows the host page's port for our server).
 */
const unusedClientParts: Plugin = {
  name: 'unused-client-parts',
  setup(b) {
    b.onLoad({ filter: /socket\.io-client[\\/]build[\\/]esm[\\/]socket\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const names = [
        'onAny',
        'prependAny',
        'offAny',
        'listenersAny',
        'onAnyOutgoing',
        'prependAnyOutgoing',
        'offAnyOutgoing',
        'listenersAnyOutgoing',
        'send',
        'compress',
        'get volatile',
        'get disconnected',
      ];
      return { contents: withoutMethods(source, names), resolveDir: path.dirname(args.path) };
    });
    b.onLoad({ filter: /engine\.io-client[\\/]build[\\/]esm[\\/]contrib[\\/]parseuri\.js$/ }, () => ({
      contents: [
        'export function parse(str) {',
        '  const scheme = /^(https?|wss?):\\/\\//.exec(str);',
        '  const url = new URL(scheme ? str : "http://" + str);',
        '  const host = url.hostname.replace(/^\\[(.*)\\]$/, "$1");',
        '  const port = url.port || (scheme ? (/s$/.test(scheme[1]) ? "443" : "80") : "");',
        '  const query = url.search.slice(1);',
        '  return { source: str, protocol: scheme ? scheme[1] : "", host, port, path: url.pathname, query,',
        '    queryKey: Object.fromEntries(new URLSearchParams(query)), ipv6uri: host !== url.hostname || undefined };',
        '}',
      ].join('\n'),
    }));
  },
};

async function buildPolling(minify: boolean): Promise<WidgetFile> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'polling-transport.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    outdir: OUT_DIR,
    entryNames: '[name]-[hash]',
    platform: 'browser',
    target: TARGET,
    minify,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const [file] = result.outputFiles ?? [];
  return { name: path.basename(file.path), text: file.text };
}

// Each language's catalogue is a module of its own, fetched by name when the widget
// switches to it: never part of the first answer, and free of the entry's shared chunks.
const LANGUAGE_MODULES = SUPPORTED_LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

async function buildLanguages(minify: boolean): Promise<{ files: WidgetFile[]; names: Record<string, string> }> {
  const present = LANGUAGE_MODULES.filter((locale) => existsSync(path.join(__dirname, 'messages', `${locale}.ts`)));
  if (present.length === 0) return { files: [], names: {} };
  const result = await build({
    entryPoints: present.map((locale) => path.join(__dirname, 'messages', `${locale}.ts`)),
    bundle: true,
    write: false,
    format: 'esm',
    outdir: OUT_DIR,
    entryNames: '[name]-[hash]',
    platform: 'browser',
    target: TARGET,
    minify,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const files = (result.outputFiles ?? []).map((file) => ({ name: path.basename(file.path), text: file.text }));
  const names = Object.fromEntries(present.map((locale) => [locale, files.find((f) => f.name.startsWith(`${locale}-`))?.name ?? '']));
  return { files, names };
}

async function buildModules(minify: boolean, polling: string, languages: Record<string, string>): Promise<{ files: WidgetFile[]; metafile: Metafile }> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'main.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    splitting: true,
    outdir: OUT_DIR,
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    platform: 'browser',
    target: TARGET,
    minify,
    metafile: true,
    plugins: [minifyStyles, transportsByClass, jsonOnlyParser, unusedClientParts],
    legalComments: 'none',
    // The "browser"/"import" conditions pick socket.io-client's build without `debug`.
    define: {
      'process.env.NODE_ENV': '"production"',
      LINKDOCTOR_POLLING: JSON.stringify(polling),
      LINKDOCTOR_LANGUAGES: JSON.stringify(languages),
    },
    logLevel: 'silent',
  });
  const files = (result.outputFiles ?? []).map((file) => ({ name: path.basename(file.path), text: file.text }));
  return { files, metafile: result.metafile };
}

/** The entry module and every chunk it imports statically, by file name. */
function staticClosure(metafile: Metafile, entryPath: string): string[] {
  const seen = new Set<string>();
  const visit = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const imported of metafile.outputs[output]?.imports ?? []) {
      if (imported.kind === 'import-statement') visit(imported.path);
    }
  };
  visit(entryPath);
  return [...seen].map((output) => path.basename(output));
}

async function buildLoader(entry: string, others: string[], minify: boolean): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'loader.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: TARGET,
    minify,
    legalComments: 'none',
    define: { LINKDOCTOR_ENTRY: JSON.stringify(entry), LINKDOCTOR_FIRST: JSON.stringify(others) },
    logLevel: 'silent',
  });
  return result.outputFiles?.[0]?.text ?? '';
}

export async function buildWidgetFiles(options: { minify?: boolean } = {}): Promise<WidgetBuild> {
  const minify = options.minify ?? true;
  const polling = await buildPolling(minify);
  const languages = await buildLanguages(minify);
  const { files, metafile } = await buildModules(minify, polling.name, languages.names);
  files.push(polling, ...languages.files);
  const entryPath = Object.keys(metafile.outputs).find((output) => metafile.outputs[output].entryPoint);
  if (!entryPath) throw new Error('widget build produced no entry module');
  const entry = path.basename(entryPath);
  const firstAnswer = staticClosure(metafile, entryPath);
  const loader = await buildLoader(
    entry,
    firstAnswer.filter((name) => name !== entry),
    minify,
  );
  return { loader, entry, files, firstAnswer };
}

export interface WireSizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function wireSizes(text: string): WireSizes {
  const raw = Buffer.from(text);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Bytes before the first answer: the loader plus the modules it needs at once, each compressed on its own. */
export function firstAnswerSizes(widget: WidgetBuild): WireSizes {
  const texts = [widget.loader, ...widget.files.filter((f) => widget.firstAnswer.includes(f.name)).map((f) => f.text)];
  return texts.map(wireSizes).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));
}

if (require.main === module) {
  buildWidgetFiles()
    .then((widget) => {
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      const first = firstAnswerSizes(widget);
      process.stdout.write(`first answer: ${kb(first.raw)} raw, ${kb(first.gzip)} gzip, ${kb(first.brotli)} brotli\n`);
      for (const file of widget.files) {
        const size = wireSizes(file.text);
        const lazy = widget.firstAnswer.includes(file.name) ? '' : ' (on demand)';
        process.stdout.write(`  ${file.name}: ${kb(size.raw)} raw, ${kb(size.brotli)} brotli${lazy}\n`);
      }
    })
    .catch((error: unknown) => {
      process.stderr.write(`widget build failed: ${String(error)}\n`);
      process.exit(1);
    });
}
