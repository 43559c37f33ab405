import type { Database } from './database';
import { StoreHealth, watchStore } from './store-health';

const refused = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });

function fakeDatabase(state: { up: boolean }): Database {
  const query = async <T>() => {
    if (!state.up) throw refused();
    return [] as T[];
  };
  return {
    kind: 'postgres',
    query,
    exec: async () => undefined,
    transaction: (work) => work({ query, exec: async () => undefined }),
    onWrite: () => () => undefined,
    notifications: () => undefined,
    close: async () => undefined,
  };
}

describe('StoreHealth', () => {
  it('turns degraded on a connection failure only, and back on the next success', () => {
    const health = new StoreHealth(async () => undefined, 60_000);
    const seen: boolean[] = [];
    health.onChange((degraded) => seen.push(degraded));
    health.observe(new Error('duplicate key value'));
    expect(health.degraded).toBe(false);
    health.observe(refused());
    health.observe(refused());
    expect(health.degraded).toBe(true);
    health.observe();
    expect(seen).toEqual([true, false]);
    health.stop();
  });

  it('notices recovery by probing when nobody queries', async () => {
    const state = { up: true };
    const { db, health } = watchStore(fakeDatabase(state), 20);
    const seen: boolean[] = [];
    health.onChange((degraded) => seen.push(degraded));
    state.up = false;
    await expect(db.query('SELECT 1')).rejects.toThrow('ECONNREFUSED');
    expect(health.degraded).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(health.degraded).toBe(true);
    state.up = true;
    for (let i = 0; i < 50 && health.degraded; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([true, false]);
    await db.close();
  });
});

describe('the heartbeat', () => {
  it('marks a store that stops answering (no error, no reply) as degraded within heartbeat + deadline, and back once it answers', async () => {
    const state = { hung: false };
    const ping = () => (state.hung ? new Promise<never>(() => undefined) : Promise.resolve());
    const health = new StoreHealth(ping, { probeMs: 20, heartbeatMs: 20, deadlineMs: 50 });
    const seen: boolean[] = [];
    health.onChange((degraded) => seen.push(degraded));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(health.degraded).toBe(false);
    state.hung = true;
    const hungAt = Date.now();
    while (!health.degraded && Date.now() - hungAt < 1000) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(health.degraded).toBe(true);
    expect(Date.now() - hungAt).toBeLessThan(500); // 20 + 50 ms, with room for a busy machine
    state.hung = false;
    while (health.degraded && Date.now() - hungAt < 2000) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seen).toEqual([true, false]);
    health.stop();
  });

  it('does not run without heartbeatMs: a healthy idle store is not probed', async () => {
    const ping = jest.fn(() => Promise.resolve());
    const health = new StoreHealth(ping, { probeMs: 10 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ping).not.toHaveBeenCalled();
    health.stop();
  });
});
