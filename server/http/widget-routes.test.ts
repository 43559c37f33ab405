import { once } from 'node:events';
import { get, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import request from 'supertest';
import type { WidgetBuild } from '../../widget/build-widget';
import { compressResponses } from './compress-responses';
import { createWidgetAssets } from './widget-assets';
import { createWidgetRouter } from './widget-routes';

const MODULE = `export const answer = "${'first answer '.repeat(200)}";`;

function fakeBuild(version: string): WidgetBuild {
  return {
    loader: `import("./widget/main-${version}.js")`,
    entry: `main-${version}.js`,
    files: [{ name: `main-${version}.js`, text: MODULE + version }],
    firstAnswer: [`main-${version}.js`],
  };
}

function appServing(rebuildEachTime: boolean, build: () => Promise<WidgetBuild>) {
  const app = express();
  app.set('etag', false); // as in the app
  app.use(compressResponses());
  app.use(createWidgetRouter(createWidgetAssets(rebuildEachTime, build)));
  return app;
}

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

// The bytes as sent: supertest would decompress them.
async function raw(app: express.Express, path: string, acceptEncoding: string): Promise<RawResponse> {
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const { port } = server.address() as AddressInfo;
    const res = await new Promise<IncomingMessage>((resolve, reject) =>
      get({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': acceptEncoding } }, resolve).on('error', reject),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    return { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) };
  } finally {
    server.close();
  }
}

describe('GET /widget.js and /widget/<hashed>.js', () => {
  let builds = 0;
  const app = appServing(false, async () => fakeBuild(`V${++builds}`));

  it('serves the brotli copy to a browser that lists gzip first, and gzip or plain to others', async () => {
    const br = await raw(app, '/widget/main-V1.js', 'gzip, deflate, br, zstd');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    expect(brotliDecompressSync(br.body).toString()).toBe(`${MODULE}V1`);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(MODULE.length / 10);

    const gz = await raw(app, '/widget/main-V1.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(`${MODULE}V1`);

    const plain = await raw(app, '/widget/main-V1.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(`${MODULE}V1`);
    expect(builds).toBe(1); // built and compressed once
  });

  it('caches hashed modules for good and the loader briefly, both embeddable anywhere', async () => {
    const module = await request(app).get('/widget/main-V1.js');
    expect(module.headers['cache-control']).toBe('public, max-age=31536000, immutable, no-transform');
    const loader = await request(app).get('/widget.js').set('Accept-Encoding', 'br');
    expect(loader.status).toBe(200);
    expect(loader.headers['cache-control']).toBe('public, max-age=300, no-transform');
    expect(loader.headers['content-type']).toBe('text/javascript; charset=utf-8');
    for (const res of [module, loader]) {
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    }
  });

  it('revalidates by an ETag per encoding', async () => {
    const first = await request(app).get('/widget.js').set('Accept-Encoding', 'br');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[\w-]+-br"$/);
    expect((await request(app).get('/widget.js').set('Accept-Encoding', 'br').set('If-None-Match', etag)).status).toBe(304);
    const gz = await request(app).get('/widget.js').set('Accept-Encoding', 'gzip').set('If-None-Match', etag);
    expect(gz.status).toBe(200);
    expect(gz.headers.etag).not.toBe(etag);
  });

  it('names the modules of the first answer for pages to preload', async () => {
    const assets = createWidgetAssets(false, async () => fakeBuild('P'));
    expect(await assets.firstModules()).toEqual(['main-P.js']);
  });

  it('answers 404 for a module it never built and for names that are not files', async () => {
    expect((await request(app).get('/widget/main-OLD.js')).status).toBe(404);
    expect((await request(app).get('/widget/..%2Fsecret.js')).status).toBe(404);
  });

  it('rebuilds on each loader request in development, still serving the modules of earlier builds', async () => {
    let version = 0;
    const dev = appServing(true, async () => fakeBuild(`D${++version}`));
    expect((await request(dev).get('/widget.js')).text).toContain('main-D1.js');
    expect((await request(dev).get('/widget.js')).text).toContain('main-D2.js');
    expect((await request(dev).get('/widget/main-D1.js')).status).toBe(200);
    expect((await request(dev).get('/widget/main-D2.js')).status).toBe(200);
  });

  it('retries a failed build on the next request', async () => {
    let calls = 0;
    const flaky = appServing(false, async () => {
      if (++calls === 1) throw new Error('syntax error');
      return fakeBuild('F');
    });
    expect((await request(flaky).get('/widget.js')).status).toBe(500);
    expect((await request(flaky).get('/widget.js')).status).toBe(200);
  });
});

describe('compressResponses', () => {
  const app = express();
  app.use(compressResponses());
  app.get('/big', (_req, res) => res.json({ text: 'x'.repeat(2000) }));
  app.get('/small', (_req, res) => res.json({ text: 'short' }));
  app.get('/page', (_req, res) => res.type('html').send(`<p>${'hello '.repeat(400)}</p>`));

  it('compresses JSON and HTML of 1 KB or more for clients that accept it', async () => {
    const big = await request(app).get('/big').set('Accept-Encoding', 'br, gzip');
    expect(big.headers['content-encoding']).toBe('br');
    const page = await request(app).get('/page').set('Accept-Encoding', 'gzip');
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(page.text).toContain('hello hello');
  });

  it('leaves small answers and clients without Accept-Encoding alone', async () => {
    expect((await request(app).get('/small').set('Accept-Encoding', 'gzip')).headers['content-encoding']).toBeUndefined();
    expect((await request(app).get('/big').set('Accept-Encoding', 'identity')).headers['content-encoding']).toBeUndefined();
  });
});
