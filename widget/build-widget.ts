// Bundles the widget into one IIFE file for `<script src=".../widget.js">`.
// Run directly (`npx tsx widget/build-widget.ts`) to build dist/widget.js and see its size.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';

export interface BuildWidgetOptions {
  outfile?: string;
  minify?: boolean;
}

export interface BuildWidgetResult {
  bytes: number;
  gzipBytes: number;
  outfile: string;
}

const ROOT = path.resolve(__dirname, '..');
export const DEFAULT_WIDGET_OUTFILE = path.join(ROOT, 'dist', 'widget.js');

function esbuildOptions(minify: boolean): BuildOptions {
  return {
    entryPoints: [path.join(__dirname, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    // ES2019 syntax, roughly the oldest browsers with custom elements and shadow DOM:
    // old phones are exactly where candidates need help most.
    target: 'es2019',
    minify,
    sourcemap: false,
    legalComments: 'none',
    // The "browser"/"import" conditions pick socket.io-client's build without `debug`.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  };
}

/** The bundle in memory, for a server that serves it without touching the disk. */
export async function bundleWidgetSource(options: { minify?: boolean } = {}): Promise<string> {
  const result = await build(esbuildOptions(options.minify ?? true));
  return result.outputFiles?.[0]?.text ?? '';
}

export async function buildWidget(options: BuildWidgetOptions = {}): Promise<BuildWidgetResult> {
  const outfile = path.resolve(options.outfile ?? DEFAULT_WIDGET_OUTFILE);
  const source = await bundleWidgetSource({ minify: options.minify ?? true });
  await mkdir(path.dirname(outfile), { recursive: true });
  await writeFile(outfile, source);
  const bytes = Buffer.byteLength(source);
  const gzipBytes = gzipSync(source, { level: 9 }).length;
  return { bytes, gzipBytes, outfile };
}

if (require.main === module) {
  buildWidget()
    .then(({ bytes, gzipBytes, outfile }) => {
      const kb = (gzipBytes / 1024).toFixed(1);
      process.stdout.write(`${path.relative(process.cwd(), outfile)}: ${bytes} bytes, ${kb} KB gzipped\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`widget build failed: ${String(error)}\n`);
      process.exit(1);
    });
}
