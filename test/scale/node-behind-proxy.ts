import type { ChildServer } from '../../bench/child-server';
import { startCluster, type Candidate, type Cluster } from './scale-harness';
import { TcpProxy } from './tcp-proxy';

/** One node whose every connection to PostgreSQL goes through a proxy the test can cut. */
export interface NodeBehindProxy {
  cluster: Cluster;
  proxy: TcpProxy;
  node: ChildServer;
}

export async function startNodeBehindProxy(): Promise<NodeBehindProxy> {
  const cluster = await startCluster();
  const direct = new URL(cluster.db.url);
  const proxy = await TcpProxy.start({ host: direct.hostname, port: Number(direct.port || 5432) });
  const viaProxy = new URL(cluster.db.url);
  viaProxy.port = String(proxy.port);
  const node = await cluster.start({ DATABASE_URL: viaProxy.toString() });
  return { cluster, proxy, node };
}

export async function stopNodeBehindProxy(setup: Partial<NodeBehindProxy>, candidates: Candidate[]): Promise<void> {
  for (const candidate of candidates) candidate.close();
  await setup.proxy?.close();
  await setup.cluster?.close();
}

/** A GET and a diagnosis on the node, each given up after 15 s rather than hanging the test. */
export function requestsTo(node: () => ChildServer) {
  return {
    get: (path: string) => fetch(`${node().url}${path}`, { signal: AbortSignal.timeout(15_000) }),
    diagnose: (token: string) =>
      fetch(`${node().url}/api/v1/diagnose`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
        signal: AbortSignal.timeout(15_000),
      }),
  };
}
