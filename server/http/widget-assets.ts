import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { buildWidgetFiles, type WidgetBuild } from '../../widget/build-widget';
import type { ContentEncoding } from './content-encoding';

/** One file of the widget in every encoding, compressed once when it is built. */
export interface EncodedAsset {
  bodies: Record<ContentEncoding, Buffer>;
  /** Of the content; each encoding's ETag appends its name, as a strong validator must differ. */
  hash: string;
}

export interface WidgetAssets {
  /** /widget.js, the loader: its URL never changes, so it is cached briefly. */
  loader(): Promise<EncodedAsset>;
  /** /widget/<name>: content-hashed, so cached for good; undefined for an unknown name. */
  file(name: string): Promise<EncodedAsset | undefined>;
  /** Names of the modules the first answer needs, for pages to preload beside the loader. A function property: pages take it detached. */
  firstModules: () => Promise<string[]>;
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// On libuv's thread pool: brotli at quality 11 takes a while, and the server answers meanwhile.
export async function encodeAsset(text: string, brotliQuality = 11): Promise<EncodedAsset> {
  const identity = Buffer.from(text);
  const [br, gz] = await Promise.all([brotliAsync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: brotliQuality } }), gzipAsync(identity, { level: 9 })]);
  return { bodies: { identity, br, gzip: gz }, hash: createHash('sha256').update(identity).digest('base64url').slice(0, 22) };
}

interface Encoded {
  loader: EncodedAsset;
  files: Map<string, EncodedAsset>;
  firstAnswer: string[];
}

async function encodeBuild(widget: WidgetBuild, brotliQuality: number): Promise<Encoded> {
  const encoded = await Promise.all(widget.files.map(async (file) => [file.name, await encodeAsset(file.text, brotliQuality)] as const));
  return { loader: await encodeAsset(widget.loader, brotliQuality), files: new Map(encoded), firstAnswer: widget.firstAnswer };
}

// Modules of earlier development builds stay servable (a page may still hold an old
// loader) up to this many; production builds once.
const MAX_KEPT_FILES = 200;

/**
 * The widget built by esbuild in memory and compressed once: at the first call in
 * production (main.ts calls it at start, so no candidate waits for it), on every
 * loader request with `rebuildEachTime` (npm run dev) to follow edits.
 */
export function createWidgetAssets(
  rebuildEachTime: boolean,
  build: () => Promise<WidgetBuild> = () => buildWidgetFiles({ minify: !rebuildEachTime }),
): WidgetAssets {
  let current: Promise<Encoded> | undefined;
  const kept = new Map<string, EncodedAsset>();
  const rebuild = () => {
    // Development favours a fast rebuild over the last bytes.
    const next = build().then((widget) => encodeBuild(widget, rebuildEachTime ? 5 : 11));
    current = next;
    next.then(
      ({ files }) => {
        if (kept.size > MAX_KEPT_FILES) kept.clear();
        for (const [name, asset] of files) kept.set(name, asset);
      },
      () => {
        if (current === next) current = undefined; // a failed build is retried on the next request
      },
    );
    return next;
  };
  const latest = () => current ?? rebuild();
  return {
    loader: async () => (await (rebuildEachTime ? rebuild() : latest())).loader,
    file: async (name) => (await latest()).files.get(name) ?? kept.get(name),
    firstModules: async () => (await latest()).firstAnswer,
  };
}
