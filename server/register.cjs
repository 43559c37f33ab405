// Runs the TypeScript sources in production without a build step (`npm start`): each
// .ts file is transpiled by esbuild when first required.
//
// Not tsx, which development keeps: tsx keeps function names by wrapping every
// closure the code creates in a helper call, a tenth of a hot path's CPU. And not
// esbuild's worker thread: it would stay alive after start-up as a second V8 heap
// (about 10 MB); one esbuild process per file instead adds about a second to start.
process.env.ESBUILD_WORKER_THREADS = '0';
const { readFileSync } = require('node:fs');
const { transformSync } = require('esbuild');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    loader: 'ts',
    format: 'cjs',
    target: 'node20',
    // import() of a .ts file must come back through this hook: as require().
    supported: { 'dynamic-import': false },
    sourcefile: filename,
    // Stack traces name the .ts lines (node --enable-source-maps).
    sourcemap: 'inline',
  });
  module._compile(code, filename);
};
