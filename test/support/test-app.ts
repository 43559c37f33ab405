import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../server/app';
import type { Database } from '../../server/db/database';
import { loadKnowledgeBase } from '../../server/knowledge/knowledge-base';
import type { KnowledgeBase } from '../../server/knowledge/knowledge-types';
import type { Policy } from '../../server/diagnosis/diagnosis-types';
import { createServices, type Services } from '../../server/services';
import { createLimits, type Budget, type BudgetName, type Limits } from '../../server/http/limits';
import { createTestDatabase } from './test-database';

export const PUBLIC_URL = 'https://links.test';

let sharedKnowledge: KnowledgeBase | undefined;
/** The real knowledge base, loaded once per test file. */
export function realKnowledge(): KnowledgeBase {
  sharedKnowledge ??= loadKnowledgeBase(path.resolve(__dirname, '../../knowledge'));
  return sharedKnowledge;
}

/** A clock tests can move. */
export class TestClock {
  constructor(private current = new Date('2026-11-20T12:00:00.000Z')) {}
  now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(date: Date): void {
    this.current = date;
  }
}

export interface TestApp {
  app: Express;
  db: Database;
  services: Services;
  clock: TestClock;
  limits: Limits;
  close(): Promise<void>;
  /** A new org with its API key, and a supertest agent bound to it. */
  createOrg(policy?: Policy, name?: string): Promise<{ orgId: string; apiKey: string; auth: { Authorization: string } }>;
}

export async function createTestApp(
  options: {
    rateLimit?: boolean;
    trustProxy?: boolean | number | string;
    allowPrivateWebhooks?: boolean;
    /** Smaller rate-limit budgets for tests. */
    budgets?: Partial<Record<BudgetName, Budget>>;
    /** An existing database (a second node on the same store); closed by its owner. */
    db?: Database;
  } = {},
): Promise<TestApp> {
  // Built before anything waits on a clock: training the intent model takes a
  // second or more on a busy machine, which a chat test's 5 s wait must not include.
  realKnowledge();
  const db = options.db ?? (await createTestDatabase());
  const clock = new TestClock();
  const services = createServices({
    db,
    secretKey: Buffer.alloc(32, 7),
    publicUrl: PUBLIC_URL,
    knowledge: realKnowledge,
    now: clock.now,
  });
  const limits = createLimits({ enabled: options.rateLimit ?? false, db, budgets: options.budgets });
  const app = createApp(services, {
    logger: pino({ level: process.env.TEST_LOG ?? 'silent' }),
    rateLimit: options.rateLimit ?? false,
    limits,
    trustProxy: options.trustProxy,
    // Test webhook receivers listen on loopback.
    allowPrivateWebhooks: options.allowPrivateWebhooks ?? true,
  });
  return {
    app,
    db,
    services,
    clock,
    limits,
    close: () => (options.db ? Promise.resolve() : db.close()),
    async createOrg(policy = 'strict', name = `Org ${policy}`) {
      const { org, apiKey } = await services.orgs.createWithKey({ name, policy });
      return { orgId: org.id, apiKey, auth: { Authorization: `Bearer ${apiKey}` } };
    },
  };
}

export { request };
