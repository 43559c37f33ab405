import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { createMailer, defaultMailFrom } from './mailer';
import type { Outbox } from './outbox';
import { createOutboxWorker, type OutboxWorker } from './outbox-worker';
import { createWebhookSender } from './webhook-sender';

/** The entry point's outbox worker: SMTP when SMTP_URL is set, else .eml files under DATA_DIR/outbox. */
export function startDelivery(
  config: Pick<Config, 'smtpUrl' | 'dataDir' | 'publicUrl' | 'allowPrivateWebhooks'>,
  deps: { db: Database; outbox: Outbox; secretKey: Buffer; logger: Logger },
): OutboxWorker {
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    outboxDir: path.resolve(config.dataDir, 'outbox'),
    from: defaultMailFrom(config.publicUrl),
  });
  const worker = createOutboxWorker({
    ...deps,
    wakeups: deps.outbox,
    mailer,
    sender: createWebhookSender({ allowPrivateAddresses: config.allowPrivateWebhooks }),
  });
  worker.start();
  deps.logger.info({ mail: config.smtpUrl ? 'smtp' : 'eml files', target: mailer.target }, 'outbox worker started');
  return {
    ...worker,
    async stop() {
      await worker.stop();
      mailer.close();
    },
  };
}
