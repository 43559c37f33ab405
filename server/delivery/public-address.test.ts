import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeliveryError } from './delivery-error';
import { isPublicAddress } from './public-address';
import { createWebhookSender, type WebhookDelivery } from './webhook-sender';

describe('isPublicAddress', () => {
  it.each([
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.9', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false], // cloud metadata
    ['100.64.0.1', false], // carrier-grade NAT
    ['0.0.0.0', false],
    ['::1', false],
    ['fd00::1', false],
    ['fe80::1', false],
    ['::ffff:127.0.0.1', false], // IPv4 loopback dressed as IPv6
    ['93.184.216.34', true],
    ['2606:2800:220:1:248:1893:25c8:1946', true],
    ['::ffff:93.184.216.34', true],
    ['not an address', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe('the webhook sender and private addresses', () => {
  let hits = 0;
  const receiver = createServer((_req, res) => {
    hits += 1;
    res.writeHead(200).end();
  });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    port = (receiver.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  const delivery = (url: string): WebhookDelivery => ({
    eventId: 'e1',
    topic: 'ticket.created',
    url,
    secret: `whsec_${Buffer.alloc(32, 1).toString('base64')}`,
    body: '{}',
  });

  it.each([
    ['an address literal', () => `http://127.0.0.1:${port}/hook`],
    ['a name that resolves to loopback', () => `http://localhost:${port}/hook`],
    ['an IPv4-mapped IPv6 literal', () => `http://[::ffff:127.0.0.1]:${port}/hook`],
  ])('refuses %s for good, without connecting', async (_what, url) => {
    const failure = await createWebhookSender()
      .send(delivery(url()))
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeliveryError);
    expect((failure as DeliveryError).permanent).toBe(true);
    expect((failure as DeliveryError).message).toMatch(/not a public internet address/);
    expect(hits).toBe(0);
  });

  it('delivers there when private addresses are allowed', async () => {
    await createWebhookSender({ allowPrivateAddresses: true }).send(delivery(`http://localhost:${port}/hook`));
    expect(hits).toBe(1);
  });
});
