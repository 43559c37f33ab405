import { Router, type Request, type Response } from 'express';
import type { DiagnosisService } from '../diagnosis/diagnosis-service';
import type { DiagnosisFacts } from '../diagnosis/diagnosis-types';
import { negotiateLocale } from '../i18n/negotiate-locale';
import type { Limits } from '../http/limits';
import { countUnknownToken } from '../http/rate-limits';
import { automatedRequest } from './automated-request';
import { automatedNotice, renderNoticePage, throttledNotice } from './gateway-notice-page';
import { renderGatewayPage } from './gateway-page';
import { openLink } from './open-link';

export interface GatewayDeps {
  open: (token: string) => ReturnType<typeof openLink>;
  diagnosis: DiagnosisService;
  publicUrl: string;
  limits: Limits;
  /** The widget's first modules (widget-assets.ts), preloaded by the page; absent without the widget. */
  widgetModules?: () => Promise<string[]>;
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,128}$/;

/** Every moment an article may name, for the page to show in the reader's own zone. */
function factTimes(facts: DiagnosisFacts): Date[] {
  const { deadline, startedAt, lastActivityAt, completedAt, newestLink } = facts;
  return [deadline, startedAt, lastActivityAt, completedAt, newestLink?.sentAt, newestLink?.deadline].filter((time): time is Date => time instanceof Date);
}

function sendPage(res: Response, status: number, html: string): void {
  res.status(status);
  res.setHeader('Cache-Control', 'no-store');
  res.type('html').send(html);
}

/** Scanners and previews learn nothing and spend nothing: no lookup, no count, no redirect. */
function answerMachine(req: Request, res: Response): boolean {
  const reason = automatedRequest({
    method: req.method,
    userAgent: req.get('user-agent'),
    purpose: req.get('sec-purpose') ?? req.get('purpose') ?? req.get('x-purpose') ?? req.get('x-moz'),
  });
  if (!reason) return false;
  res.setHeader('X-Robots-Tag', 'noindex, nofollow');
  res.setHeader('Vary', 'User-Agent, Sec-Purpose, Purpose');
  sendPage(res, 200, renderNoticePage({ ...automatedNotice(), nonce: res.locals.cspNonce as string | undefined }));
  return true;
}

/** GET /i/:token: a usable link redirects; any other shows what happened, readable without JavaScript. */
export function createGatewayRouter(deps: GatewayDeps): Router {
  const router = Router();
  const widgetScriptUrl = `${deps.publicUrl}/widget.js`;
  router.get('/i/:token', async (req, res) => {
    if (answerMachine(req, res)) return;
    const token = String(req.params.token);
    const nonce = res.locals.cspNonce as string | undefined;
    // A malformed token cannot exist: skip the database, answer as for an unknown one.
    const result = TOKEN_SHAPE.test(token) ? await deps.open(token) : undefined;
    if (result?.kind === 'redirect') {
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, result.targetUrl);
      return;
    }
    // ?lang= (a link a platform built for one language) wins over the browser's Accept-Language.
    const negotiated = negotiateLocale({ chosen: typeof req.query.lang === 'string' ? req.query.lang : undefined, acceptLanguage: req.get('accept-language') });
    const { locale: language } = negotiated;
    res.vary('Accept-Language');
    const presented = result
      ? deps.diagnosis.present(result.diagnosis, result.context, { language })
      : (await deps.diagnosis.diagnose({ token, language })).response;
    const unknown = presented.scenario === 'link-not-found';
    if (unknown) {
      // Only lookups of links that do not exist are counted, and only they are refused.
      const verdict = await countUnknownToken(deps.limits, req);
      if (!verdict.ok) {
        res.setHeader('Retry-After', String(verdict.retryAfterSeconds));
        return sendPage(res, 429, renderNoticePage(throttledNotice(verdict.retryAfterSeconds, widgetScriptUrl, nonce)));
      }
    }
    // Fetched with the page instead of after the loader: the widget's first line shows a round trip sooner.
    const modules = deps.widgetModules ? await deps.widgetModules().catch(() => []) : [];
    const html = renderGatewayPage({
      scenario: presented.scenario,
      article: presented.article,
      link: presented.link,
      token: unknown ? null : token,
      widgetScriptUrl,
      widgetPreloads: modules.map((name) => `${deps.publicUrl}/widget/${name}`),
      nonce,
      language,
      pinnedLanguage: negotiated.source === 'chosen' ? language : undefined,
      times: result ? factTimes(result.diagnosis.facts) : [],
    });
    sendPage(res, unknown ? 404 : 410, html);
  });
  return router;
}
