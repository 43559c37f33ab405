import type { RequestHandler, Response } from 'express';
import type { Org, OrgStore } from '../orgs/org-store';
import { UnauthorizedError } from './errors';

/** `Authorization: Bearer <apiKey>`: the request acts as that key's org, and only it. */
export function requireApiKey(orgs: OrgStore): RequestHandler {
  return async (req, res, next) => {
    const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
    if (!match) throw new UnauthorizedError('Missing API key: send Authorization: Bearer <apiKey>');
    const org = await orgs.findByApiKey(match[1]);
    if (!org) throw new UnauthorizedError('Invalid API key');
    res.locals.org = org;
    next();
  };
}

export function currentOrg(res: Response): Org {
  const org = res.locals.org as Org | undefined;
  if (!org) throw new UnauthorizedError();
  return org;
}
