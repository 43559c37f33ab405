import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { OrgStore } from '../orgs/org-store';
import { UserStore } from '../auth/user-store';
import { lintKnowledge } from '../knowledge/kb-lint';
import { validate } from '../http/validate';
import { BadRequestError } from '../http/errors';
import { emailSchema } from '../http/schemas';
import { purgeCommand } from '../transcripts/purge-transcripts';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface CliContext {
  config: Config;
  openDb: () => Promise<Database>;
  io: CliIo;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}

const USAGE = `usage:
  cli org create --name NAME [--policy strict|flexible]
  cli user create --email E --password P --role recruiter|agent|admin [--org ORG_ID]
  cli kb lint
  cli transcripts purge --older-than 90d|12h|4w
  cli migrate`;

const orgArgs = z.object({ name: z.string().trim().min(1).max(200), policy: z.enum(['strict', 'flexible']).default('strict') });
const userArgs = z
  .object({
    email: emailSchema,
    password: z.string().min(8, 'must be at least 8 characters').max(200),
    role: z.enum(['recruiter', 'agent', 'admin']),
    org: z.string().min(1).optional(),
  })
  .refine((v) => v.role !== 'recruiter' || v.org, { path: ['org'], message: 'required for a recruiter' });

/**
 * Says who the new user will see, so nobody believes an org applies when it does not:
 * a recruiter and an agent with `--org` see that org only; an agent without one and
 * an admin see every org (an admin's `--org` is kept but does not narrow anything).
 */
export function whatUserSees(role: 'recruiter' | 'agent' | 'admin', org: string | undefined) {
  if (role === 'admin') {
    return { sees: 'every org', ...(org ? { note: '--org does not narrow what an admin sees' } : {}) };
  }
  return org ? { sees: `org ${org} only`, orgId: org } : { sees: 'every org (platform support)' };
}

/** Runs one CLI command; returns the exit code. JSON on stdout, errors on stderr. */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      name: { type: 'string' },
      policy: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      org: { type: 'string' },
      'older-than': { type: 'string' },
    },
  });
  const command = positionals.join(' ');
  if (command === 'kb lint') {
    const result = lintKnowledge(ctx.config.kbDir);
    if (result.warnings.length > 0) ctx.io.err(result.warnings.map((line) => `warning: ${line}`).join('\n'));
    if (result.ok) ctx.io.out(JSON.stringify({ ok: true, warnings: result.warnings.length }));
    else ctx.io.err(result.errors.join('\n'));
    return result.ok ? 0 : 1;
  }
  if (!['org create', 'user create', 'migrate', 'transcripts purge'].includes(command)) {
    ctx.io.err(USAGE);
    return 2;
  }
  const db = await ctx.openDb();
  try {
    await migrate(db);
    if (command === 'migrate') {
      ctx.io.out(JSON.stringify({ ok: true }));
    } else if (command === 'org create') {
      const args = validate(orgArgs, values, 'arguments');
      const { org, apiKey } = await new OrgStore(db).createWithKey(args);
      ctx.io.out(JSON.stringify({ orgId: org.id, apiKey }));
    } else if (command === 'transcripts purge') {
      ctx.io.out(JSON.stringify(await purgeCommand(db, values, ctx.now?.() ?? new Date())));
    } else {
      const args = validate(userArgs, values, 'arguments');
      if (args.org && !(await new OrgStore(db).get(args.org))) {
        throw new BadRequestError(`No org with id ${args.org}`, [{ field: 'org', message: 'unknown org id' }]);
      }
      const user = await new UserStore(db).create({ email: args.email, password: args.password, role: args.role, orgId: args.org });
      ctx.io.out(JSON.stringify({ userId: user.id, ...whatUserSees(args.role, args.org) }));
    }
    return 0;
  } catch (error) {
    const e = error as Error & { details?: unknown; code?: string };
    ctx.io.err(JSON.stringify({ error: { code: e.code ?? 'failed', message: e.message, details: e.details } }));
    return 1;
  } finally {
    await db.close();
  }
}
