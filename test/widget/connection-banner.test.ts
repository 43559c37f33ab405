import { bannerFor } from '../../widget/connection-banner';

const online = { offline: false, state: 'online' as const, degraded: false };

describe('bannerFor', () => {
  it('shows nothing while connected and healthy, or while first connecting', () => {
    expect(bannerFor(online)).toBeNull();
    expect(bannerFor({ ...online, state: 'connecting' })).toBeNull();
  });

  it('says offline first, whatever the socket says, and that typed messages wait', () => {
    const banner = bannerFor({ offline: true, state: 'reconnecting', degraded: true });
    expect(banner).toMatchObject({ failed: false, retry: false });
    expect(banner?.text).toMatch(/offline.*sent when you are back online/);
  });

  it('says reconnecting before degraded, and offers a retry only after a refusal', () => {
    expect(bannerFor({ ...online, state: 'reconnecting', degraded: true })?.text).toMatch(/^Reconnecting/);
    expect(bannerFor({ ...online, degraded: true })?.text).toMatch(/degraded/);
    expect(bannerFor({ ...online, state: 'failed', detail: 'Link not accepted.' })).toEqual({
      text: 'Could not connect to the chat. Link not accepted.',
      failed: true,
      retry: true,
    });
  });
});
