import path from 'node:path';
import { build } from 'esbuild';

const ENTRY = path.join(__dirname, 'client', 'main.ts');

/** The inbox script (server/inbox/client/*.ts) bundled by esbuild in memory. */
export async function bundleInboxSource(minify = true): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles?.[0]?.text ?? '';
}

/**
 * Built at the first request and kept; a failed build is retried on the next one.
 * With `rebuildEachTime` (development) every request follows the source.
 */
export function createInboxBundle(rebuildEachTime = false): () => Promise<string> {
  let cached: Promise<string> | undefined;
  return () => {
    if (rebuildEachTime || !cached) {
      cached = bundleInboxSource(!rebuildEachTime);
      cached.catch(() => {
        cached = undefined;
      });
    }
    return cached;
  };
}
