import { createMailer } from '../../server/delivery/mailer';
import { createOutboxWorker } from '../../server/delivery/outbox-worker';
import type { RetryPolicy } from '../../server/delivery/retry-delay';
import { createWebhookSender } from '../../server/delivery/webhook-sender';
import { createTestApp, request, type TestApp } from '../support/test-app';
import { MAIL_FROM, startWebhookReceiver, TEST_SECRET_KEY } from './delivery-fixtures';

type Receiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

export interface WorkerOptions {
  timeoutMs?: number;
  retry?: RetryPolicy;
  /** The sender's clock alone (a consumer that finds the timestamp old); the bench's by default. */
  senderNow?: () => Date;
}

/**
 * An app and a consumer's webhook receiver for one describe block: started before
 * its tests and closed after; before each test the receiver forgets what it got and
 * answers 200 again. `now` is the clock of the outbox worker and its sender.
 */
export function webhookBench(now: () => Date = () => new Date()) {
  let t: TestApp;
  let receiver: Receiver;
  beforeAll(async () => {
    t = await createTestApp();
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });
  beforeEach(() => {
    receiver.requests.length = 0;
    receiver.processed.length = 0;
    receiver.respond = () => ({ status: 200 });
  });
  return {
    get t(): TestApp {
      return t;
    },
    get receiver(): Receiver {
      return receiver;
    },
    worker: (options: WorkerOptions = {}) =>
      createOutboxWorker({
        db: t.db,
        mailer: createMailer({ outboxDir: '/nonexistent', from: MAIL_FROM }),
        sender: createWebhookSender({ timeoutMs: options.timeoutMs, now: options.senderNow ?? now, allowPrivateAddresses: true }),
        secretKey: TEST_SECRET_KEY,
        now,
        retry: options.retry,
      }),
    /** A fresh org with one webhook pointing at the receiver, registered through the API. */
    async orgWithWebhook(topics?: string[]) {
      const org = await t.createOrg();
      const res = await request(t.app).post('/api/v1/webhooks').set(org.auth).send({ url: receiver.url, topics });
      receiver.secret = res.body.secret;
      return { ...org, webhookId: res.body.id as string, secret: res.body.secret as string };
    },
  };
}
