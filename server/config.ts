import { z } from 'zod';

// The environment is parsed once, here; everything else receives a typed Config.
// A bad value stops the process with the variable named, never a silent default.

const onOff = z.enum(['on', 'off']);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  RATE_LIMIT: onOff.default('on'),
  TRUST_PROXY: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** 32 bytes, base64: encrypts the copy of each link kept so it can be shown again. */
  SECRET_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes encoded as base64')
    .optional(),
  DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  KB_DIR: z.string().min(1).default('./knowledge'),
  KB_WATCH: onOff.optional(),
  /** Bearer token for GET /metrics; unset, /metrics is not served. */
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  /** `allow`: webhooks may point at loopback and private networks (tests, closed networks). */
  WEBHOOK_PRIVATE_ADDRESSES: z.enum(['allow', 'deny']).default('deny'),
  /** How long a node may serve a link it read from memory (link-context-cache.ts); 0 turns that off. */
  LINK_CACHE_TTL_MS: z.coerce.number().int().min(0).max(300_000).default(10_000),
  /** PostgreSQL: a statement not answered within this long fails as "unreachable" (a silent partition shows within seconds). */
  DB_QUERY_TIMEOUT_MS: z.coerce.number().int().min(500).max(600_000).default(2500),
  /** `on` (set by `npm run dev`): rebuild the widget when /widget.js is asked for, to follow edits. */
  WIDGET_REBUILD: onOff.default('off'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  dataDir: string;
  databaseUrl?: string;
  publicUrl: string;
  smtpUrl?: string;
  rateLimit: boolean;
  /** Express `trust proxy` value; undefined means X-Forwarded-For is ignored. */
  trustProxy?: boolean | number | string;
  logLevel: string;
  secretKey?: Buffer;
  demo: boolean;
  kbDir: string;
  kbWatch: boolean;
  metricsToken?: string;
  linkCacheTtlMs: number;
  dbQueryTimeoutMs: number;
  allowPrivateWebhooks: boolean;
  /** Rebuild the widget on each /widget.js request (development); otherwise built once at start. */
  widgetRebuild: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.SECRET_KEY) {
    throw new ConfigError('Invalid environment:\n  SECRET_KEY: required when NODE_ENV=production');
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    smtpUrl: e.SMTP_URL,
    rateLimit: e.RATE_LIMIT === 'on',
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    logLevel: e.LOG_LEVEL,
    secretKey: e.SECRET_KEY ? Buffer.from(e.SECRET_KEY, 'base64') : undefined,
    demo: e.DEMO === 'on' || (e.DEMO === 'auto' && !e.DATABASE_URL),
    kbDir: e.KB_DIR,
    kbWatch: e.KB_WATCH ? e.KB_WATCH === 'on' : e.NODE_ENV === 'development',
    metricsToken: e.METRICS_TOKEN,
    linkCacheTtlMs: e.LINK_CACHE_TTL_MS,
    dbQueryTimeoutMs: e.DB_QUERY_TIMEOUT_MS,
    allowPrivateWebhooks: e.WEBHOOK_PRIVATE_ADDRESSES === 'allow',
    widgetRebuild: e.WIDGET_REBUILD === 'on',
  };
}

/** `true`, a hop count, or a comma-separated list of trusted addresses/subnets. */
function parseTrustProxy(value: string | undefined): Config['trustProxy'] {
  if (value === undefined || value === 'false') return undefined;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
