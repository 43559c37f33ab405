import { parse as parseCookies } from 'cookie';
import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'ld_session';

// The cookie's value is shaped like generateSecret(32); anything else is not ours.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,128}$/;

function cookieOptions(publicUrl: string): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: publicUrl.startsWith('https:') };
}

/**
 * The session token the request carries, if it looks like one. The header is parsed
 * here, on the routes that ask, rather than by a cookie middleware on every request.
 */
export function readSessionToken(req: Request): string | undefined {
  const header = req.headers.cookie;
  const value = header ? parseCookies(header)[SESSION_COOKIE] : undefined;
  return typeof value === 'string' && TOKEN_SHAPE.test(value) ? value : undefined;
}

/** The browser may keep it until the absolute end; the server enforces the idle limit. */
export function setSessionCookie(res: Response, publicUrl: string, token: string, endsAt: Date): void {
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(publicUrl), expires: endsAt });
}

export function clearSessionCookie(res: Response, publicUrl: string): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(publicUrl));
}
