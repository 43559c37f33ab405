import { Router } from 'express';
import { z } from 'zod';
import { currentOrg } from '../http/api-key-auth';
import { ConflictError, NotFoundError } from '../http/errors';
import { validate } from '../http/validate';
import type { Org, OrgStore } from './org-store';

// Strict objects: a misspelt setting ("extendHour") is a 400, not silently ignored.
export const updateOrgSchema = z.strictObject({
  selfService: z
    .strictObject({
      extendHours: z.number().int().min(1).max(168).optional(),
      maxExtensions: z.number().int().min(0).max(5).optional(),
    })
    .optional(),
});

export const toOrgView = (org: Org) => ({
  id: org.id,
  name: org.name,
  policy: org.policy,
  selfService: { extendHours: org.selfService.extendHours, maxExtensions: org.selfService.maxExtensions },
});

/** Platform API for the key's own org settings; mounted behind API-key auth. */
export function createOrgRouter(orgs: OrgStore): Router {
  const router = Router();

  router.get('/org', (_req, res) => {
    res.json(toOrgView(currentOrg(res)));
  });

  router.patch('/org', async (req, res) => {
    const { selfService } = validate(updateOrgSchema, req.body);
    const org = currentOrg(res);
    if (!selfService) return void res.json(toOrgView(org));
    if (org.policy === 'strict' && (selfService.maxExtensions ?? 0) > 0) {
      throw new ConflictError("This org's policy is strict: it has no extensions, so the bot cannot offer them", 'policy_forbids');
    }
    const updated = await orgs.updateSelfService(org.id, selfService);
    if (!updated) throw new NotFoundError('Org');
    res.json(toOrgView(updated));
  });

  return router;
}
