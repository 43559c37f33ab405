import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Router } from 'express';
import { renderLoginPage } from './login-page';
import { safeNextPath } from './safe-next-path';

const LOGIN_SCRIPT_FILE = path.join(__dirname, 'assets', 'login.js');

/** GET /login (the form) and GET /assets/login.js (its script). */
export function createLoginPageRouter(): Router {
  const router = Router();
  const script = readFileSync(LOGIN_SCRIPT_FILE, 'utf8');

  router.get('/login', (req, res) => {
    const html = renderLoginPage({ next: safeNextPath(req.query.next), nonce: res.locals.cspNonce as string | undefined });
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(html);
  });

  router.get('/assets/login.js', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('application/javascript').send(script);
  });

  return router;
}
