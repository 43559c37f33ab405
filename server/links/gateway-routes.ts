import { Router, type RequestHandler } from 'express';
import type { DiagnosisService } from '../diagnosis/diagnosis-service';
import { markUnknownToken } from '../http/rate-limits';
import { renderGatewayPage } from './gateway-page';
import { openLink } from './open-link';

export interface GatewayDeps {
  open: (token: string) => ReturnType<typeof openLink>;
  diagnosis: DiagnosisService;
  publicUrl: string;
  /** The widget's first modules (widget-assets.ts), preloaded by the page; absent without the widget. */
  widgetModules?: () => Promise<string[]>;
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,128}$/;

/** GET /i/:token: a usable link redirects; any other shows what happened, readable without JavaScript. */
export function createGatewayRouter(deps: GatewayDeps, limits: RequestHandler[]): Router {
  const router = Router();
  router.get('/i/:token', ...limits, async (req, res) => {
    const token = String(req.params.token);
    // A malformed token cannot exist: skip the database, answer as for an unknown one.
    const result = TOKEN_SHAPE.test(token) ? await deps.open(token) : undefined;
    if (result?.kind === 'redirect') {
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, result.targetUrl);
      return;
    }
    const presented = result
      ? deps.diagnosis.present(result.diagnosis, result.context, {})
      : (await deps.diagnosis.diagnose({ token })).response;
    if (presented.scenario === 'link-not-found') markUnknownToken(res);
    // Fetched with the page instead of after the loader: the widget's first line shows a round trip sooner.
    const modules = deps.widgetModules ? await deps.widgetModules().catch(() => []) : [];
    const html = renderGatewayPage({
      scenario: presented.scenario,
      article: presented.article,
      link: presented.link,
      token: presented.scenario === 'link-not-found' ? null : token,
      widgetScriptUrl: `${deps.publicUrl}/widget.js`,
      widgetPreloads: modules.map((name) => `${deps.publicUrl}/widget/${name}`),
      nonce: res.locals.cspNonce as string | undefined,
    });
    res.status(presented.scenario === 'link-not-found' ? 404 : 410);
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(html);
  });
  return router;
}
