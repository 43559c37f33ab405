import { build } from 'esbuild';

// A page script (TypeScript under server/<feature>/client) bundled by esbuild in
// memory: one static same-origin file per page, so the CSP needs no inline script.

export async function bundleScript(entry: string, minify = true): Promise<string> {
  const result = await build({
    entryPoints: [entry],
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
export function createScriptBundle(entry: string, rebuildEachTime = false): () => Promise<string> {
  let cached: Promise<string> | undefined;
  return () => {
    if (rebuildEachTime || !cached) {
      cached = bundleScript(entry, !rebuildEachTime);
      cached.catch(() => {
        cached = undefined;
      });
    }
    return cached;
  };
}
