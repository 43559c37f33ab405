import type { LinkContext } from './link-lookup';
import { LinkContextCache } from './link-context-cache';

function context(ids: { invitation: string; job?: string; org?: string; chain?: string[] }): LinkContext {
  return {
    invitation: { id: ids.invitation, accessCount: 0 },
    job: { id: ids.job ?? 'job-1', title: 'Engineer' },
    org: { id: ids.org ?? 'org-1' },
    chain: (ids.chain ?? []).map((id) => ({ id })),
  } as unknown as LinkContext;
}

/** A store whose rows the test changes; counts how often it is read. */
function fakeStore(initial: LinkContext) {
  const store = {
    current: initial,
    reads: 0,
    load: async () => {
      store.reads += 1;
      return store.current;
    },
  };
  return store;
}

describe('LinkContextCache', () => {
  it('serves a repeated read from memory, frozen against changes by a caller', async () => {
    const cache = new LinkContextCache({ ttlMs: 10_000 });
    const store = fakeStore(context({ invitation: 'inv-1' }));
    const first = await cache.read('token:a', store.load);
    const second = await cache.read('token:a', store.load);
    expect(second).toBe(first);
    expect(store.reads).toBe(1);
    expect(() => {
      (second!.invitation as { accessCount: number }).accessCount = 99;
    }).toThrow(TypeError);
  });

  it('drops entries built on a row another node changed, and only those', async () => {
    const cache = new LinkContextCache({ ttlMs: 10_000 });
    const a = fakeStore(context({ invitation: 'inv-a', job: 'job-1' }));
    const b = fakeStore(context({ invitation: 'inv-b', job: 'job-2', chain: ['inv-c'] }));
    await cache.read('token:a', a.load);
    await cache.read('token:b', b.load);

    cache.invalidateRow('jobs', 'job-1');
    await cache.read('token:a', a.load);
    await cache.read('token:b', b.load);
    expect([a.reads, b.reads]).toEqual([2, 1]);

    // A newer link in the chain changing changes what the old link's diagnosis says.
    cache.invalidateRow('invitations', 'inv-c');
    await cache.read('token:b', b.load);
    expect(b.reads).toBe(2);

    cache.invalidateRow('orgs', '*');
    expect(cache.size).toBe(0);
  });

  it('drops everything when this process writes a link table, and nothing for other tables', async () => {
    const cache = new LinkContextCache({ ttlMs: 10_000 });
    const store = fakeStore(context({ invitation: 'inv-1' }));
    await cache.read('token:a', store.load);
    cache.onLocalWrite(new Set(['conversation_turns']));
    expect(cache.size).toBe(1);
    cache.onLocalWrite(new Set(['invitation_events', 'invitations']));
    expect(cache.size).toBe(0);
    await cache.read('token:a', store.load);
    cache.onLocalWrite('all');
    expect(cache.size).toBe(0);
  });

  it('does not keep a read that a write overtook', async () => {
    const cache = new LinkContextCache({ ttlMs: 10_000 });
    const stale = context({ invitation: 'inv-1' });
    let release!: () => void;
    const slowLoad = () => new Promise<LinkContext>((resolve) => (release = () => resolve(stale)));
    const reading = cache.read('token:a', slowLoad);
    cache.invalidateRow('invitations', 'inv-1'); // committed while the read was in flight
    release();
    expect(await reading).toBe(stale);
    expect(cache.size).toBe(0);
  });

  it('expires entries after the TTL and never keeps unknown tokens', async () => {
    let now = 0;
    const cache = new LinkContextCache({ ttlMs: 1000, clock: () => now });
    const store = fakeStore(context({ invitation: 'inv-1' }));
    await cache.read('token:a', store.load);
    now = 999;
    await cache.read('token:a', store.load);
    now = 1000;
    await cache.read('token:a', store.load);
    expect(store.reads).toBe(2);

    let unknownReads = 0;
    const unknown = async () => {
      unknownReads += 1;
      return undefined;
    };
    await cache.read('token:nope', unknown);
    await cache.read('token:nope', unknown);
    expect(unknownReads).toBe(2);
  });

  it('serves nothing while invalidations cannot be heard, and starts empty when they can again', async () => {
    const cache = new LinkContextCache({ ttlMs: 10_000, enabled: false });
    const store = fakeStore(context({ invitation: 'inv-1' }));
    await cache.read('token:a', store.load);
    await cache.read('token:a', store.load);
    expect(store.reads).toBe(2);
    cache.setEnabled(true);
    await cache.read('token:a', store.load);
    await cache.read('token:a', store.load);
    expect(store.reads).toBe(3);
    cache.setEnabled(false);
    expect(cache.size).toBe(0);
  });

  it('holds at most maxEntries, dropping the oldest first', async () => {
    const cache = new LinkContextCache({ ttlMs: 10_000, maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) await cache.read(key, async () => context({ invitation: `inv-${key}` }));
    expect(cache.size).toBe(2);
    let reads = 0;
    await cache.read('a', async () => {
      reads += 1;
      return context({ invitation: 'inv-a' });
    });
    expect(reads).toBe(1);
  });
});
