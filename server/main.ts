import { createServer } from 'node:http';
import pino from 'pino';
import proxyAddr from 'proxy-addr';
import { createApp } from './app';
import { createChatServer, type ChatServer } from './chat/chat-server';
import { ConfigError, loadConfig } from './config';
import { migrate } from './db/migrate';
import { startDelivery } from './delivery/start-delivery';
import { openDatabase } from './db/open-database';
import { listDemoLinks, seedDemo } from './demo/seed-demo';
import { formatKnowledgeError, KnowledgeLoadError } from './knowledge/load-knowledge';
import { startKnowledge } from './knowledge/start-knowledge';
import { resolveSecretKey } from './security/secret-key';
import { createServices } from './services';
import { createWidgetAssets } from './http/widget-assets';
import { createLimits } from './http/limits';
import { CHAT_NAMESPACE } from './chat/chat-events';
import { createClusterAdapter } from './chat/cluster-adapter';
import { TurnQueue } from './chat/turn-queue';
import { startAbandonSweep } from './chat/abandon-sweep';
import { watchStore } from './db/store-health';
import { exitAfterDrain } from './ops/graceful-shutdown';
import { createMetrics, outboxDepth } from './ops/metrics';
import { createOperations } from './ops/operations';

/** The entry point: the only place that reads the environment and listens. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const knowledge = startKnowledge(config, logger);
  // Every query's outcome tells whether the store answers (503s, the chat's `service:status`).
  // On PostgreSQL a heartbeat too: an idle node must notice a silent partition (within 3 s).
  const opened = await openDatabase(config);
  const { db, health } = watchStore(opened, { heartbeatMs: opened.kind === 'postgres' ? 1000 : undefined });
  const applied = await migrate(db);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');

  const secretKey = resolveSecretKey(config, (msg) => logger.warn(msg));
  const services = createServices({
    db,
    secretKey,
    publicUrl: config.publicUrl,
    knowledge: knowledge.current,
    linkCacheTtlMs: config.linkCacheTtlMs,
  });
  if (config.demo) await announceDemo(services, logger);

  let draining = false;
  let chatNamespace: (() => ReturnType<ChatServer['of']>) | undefined;
  const metrics = createMetrics({
    openSockets: () => chatNamespace?.().sockets.size ?? 0,
    chatNodes: async () => (chatNamespace ? chatNamespace().adapter.serverCount() : 1),
    outboxDepth: () => outboxDepth(db),
    storeDegraded: () => health.degraded,
  });
  const widget = createWidgetAssets(config.widgetRebuild);
  // Built and compressed now, so that no candidate waits for it.
  widget.loader().catch((error: unknown) => logger.error({ err: error }, 'widget build failed'));
  // One set of counters for HTTP and chat: in PostgreSQL, shared by every node.
  const limits = createLimits({ enabled: config.rateLimit, db });
  const app = createApp(services, {
    logger,
    rateLimit: config.rateLimit,
    limits,
    trustProxy: config.trustProxy,
    allowPrivateWebhooks: config.allowPrivateWebhooks,
    widget,
    operations: createOperations({ metrics, metricsToken: config.metricsToken, draining: () => draining }),
  });
  const server = createServer(app);
  // Several nodes on one PostgreSQL relay room events to each other; PGlite is single-node.
  const cluster = config.databaseUrl ? createClusterAdapter(config.databaseUrl, logger) : undefined;
  const queue = new TurnQueue();
  // The chat shares the HTTP server; closing it closes that server too.
  const chat = createChatServer(server, services, {
    logger,
    rateLimit: config.rateLimit,
    limits,
    adapter: cluster?.adapter,
    health,
    queue,
    // The same TRUST_PROXY rules as the HTTP API's rate limits.
    clientAddress: (req) => proxyAddr(req, app.get('trust proxy fn') as (address: string, hop: number) => boolean),
  });
  chatNamespace = () => chat.of(CHAT_NAMESPACE);
  server.listen(config.port, () => logger.info({ url: config.publicUrl, store: db.kind }, 'linkdoctor listening'));
  const delivery = startDelivery(config, { db, outbox: services.outbox, secretKey, logger });
  const stopSweep = startAbandonSweep(services.conversations, services.now, logger);

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    draining = true;
    knowledge.stop();
    stopSweep();
    exitAfterDrain({
      http: server,
      chat,
      queue,
      // In-flight sends finish and are recorded before the store closes; unsent rows wait for any node.
      stopDelivery: () => delivery.stop(),
      closeRest: async () => {
        await cluster?.close();
        await db.close();
      },
      logger,
    });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

async function announceDemo(services: ReturnType<typeof createServices>, logger: pino.Logger): Promise<void> {
  const seeded = await seedDemo(services);
  const lines = ['', 'Demo data (DEMO=off to disable):'];
  if (seeded) {
    for (const [org, key] of Object.entries(seeded.apiKeys)) lines.push(`  API key for ${org}: ${key}  (shown once)`);
    lines.push(`  Staff logins (shown once; sign in at ${services.publicUrl}/login):`);
    for (const l of seeded.logins) lines.push(`    ${l.role.padEnd(9)} ${l.email}  password ${l.password}  → ${services.publicUrl}${l.page} (sees ${l.sees})`);
  }
  let org = '';
  for (const link of await listDemoLinks(services)) {
    if (link.org !== org) lines.push(`  ${(org = link.org)}`);
    lines.push(`    ${link.scenario.padEnd(24)} ${link.url}`);
  }
  logger.info('demo data ready');
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else if (error instanceof KnowledgeLoadError) {
    process.stderr.write(`Broken knowledge base:\n${error.errors.map(formatKnowledgeError).join('\n')}\n`);
  } else {
    process.stderr.write(`linkdoctor failed to start: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});
