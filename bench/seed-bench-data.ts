import { migrate } from '../server/db/migrate';
import { openDatabase } from '../server/db/open-database';
import { OrgStore } from '../server/orgs/org-store';

// Benchmark data: an org made directly in the store (the API has no route for it, the
// CLI would be a process more), then a job and links through the public API.

export interface StoreLocation {
  databaseUrl?: string;
  dataDir: string;
}

/** Migrates the store and creates an org; returns its API key. The store is closed again. */
export async function seedOrg(store: StoreLocation, name = 'Bench org'): Promise<string> {
  const db = await openDatabase(store);
  try {
    await migrate(db);
    const { apiKey } = await new OrgStore(db).createWithKey({ name, policy: 'flexible' });
    return apiKey;
  } finally {
    await db.close();
  }
}

async function post<T>(url: string, apiKey: string, body: object): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`POST ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export interface SeededLink {
  id: string;
  token: string;
}

/** A job and `count` invitations in a mix of states (valid, expired, started, completed). */
export async function seedLinks(baseUrl: string, apiKey: string, count: number): Promise<SeededLink[]> {
  const job = await post<{ id: string }>(`${baseUrl}/api/v1/jobs`, apiKey, {
    title: 'Backend Engineer',
    recruiter: { name: 'Riley Morgan', email: 'riley@example.com' },
  });
  const links: SeededLink[] = [];
  for (let i = 0; i < count; i++) {
    const expired = i % 4 === 1;
    const invitation = await post<SeededLink>(`${baseUrl}/api/v1/invitations`, apiKey, {
      jobId: job.id,
      candidate: { name: `Candidate ${i}`, email: `candidate${i}@example.com` },
      targetUrl: 'https://platform.example.com/assess/123',
      ...(expired ? { expiresAt: new Date(Date.now() - 86_400_000).toISOString() } : {}),
    });
    if (i % 4 === 2) await post(`${baseUrl}/api/v1/invitations/${invitation.id}/events`, apiKey, { type: 'started' });
    if (i % 4 === 3) {
      await post(`${baseUrl}/api/v1/invitations/${invitation.id}/events`, apiKey, { type: 'started' });
      await post(`${baseUrl}/api/v1/invitations/${invitation.id}/events`, apiKey, { type: 'completed', reason: 'submitted' });
    }
    links.push({ id: invitation.id, token: invitation.token });
  }
  return links;
}
