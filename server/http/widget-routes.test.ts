import express from 'express';
import request from 'supertest';
import { createWidgetRouter } from './widget-routes';

describe('GET /widget.js', () => {
  it('is embeddable anywhere and revalidated by ETag, which follows the bundle', async () => {
    let script = 'console.log("v1")';
    const app = express();
    app.set('etag', false); // as in the app: only this route sets one
    app.use(createWidgetRouter(async () => script));

    const first = await request(app).get('/widget.js');
    expect(first.status).toBe(200);
    expect(first.text).toBe(script);
    expect(first.headers['access-control-allow-origin']).toBe('*');
    expect(first.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[\w-]+"$/);

    const again = await request(app).get('/widget.js').set('If-None-Match', etag);
    expect(again.status).toBe(304);

    script = 'console.log("v2")';
    const rebuilt = await request(app).get('/widget.js').set('If-None-Match', etag);
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.text).toBe(script);
    expect(rebuilt.headers.etag).not.toBe(etag);
  });
});
