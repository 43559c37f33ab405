import { bundleWidgetSource } from '../../widget/build-widget';

/**
 * The widget bundle, built by esbuild in memory at the first request (about a
 * tenth of a second), so the served script never lags behind the source. In
 * development it is rebuilt on every request to follow edits.
 */
export function createWidgetBundle(rebuildEachTime: boolean): () => Promise<string> {
  let cached: Promise<string> | undefined;
  return () => {
    if (rebuildEachTime || !cached) {
      cached = bundleWidgetSource({ minify: !rebuildEachTime });
      cached.catch(() => {
        cached = undefined; // a failed build is retried on the next request
      });
    }
    return cached;
  };
}
