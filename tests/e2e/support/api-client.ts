import { createHash, randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from './server';

type Change = { entity: string; entityId: string; fields: Record<string, unknown>; deleted: boolean };

/** A second device talking to the real API, to check what the server holds after a browser synced. */
export async function pullEverything(baseUrl: string, username: string): Promise<{ changes: Change[]; token: string }> {
  const signIn = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD, deviceId: `checker-${randomUUID()}` }),
  });
  const { accessToken: token } = (await signIn.json()) as { accessToken: string };
  const changes: Change[] = [];
  let cursor = '';
  for (;;) {
    const response = await fetch(`${baseUrl}/api/v1/sync/pull`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ protocolVersion: 1, cursor }),
    });
    const page = (await response.json()) as { changes: Change[]; cursor: string; hasMore: boolean };
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return { changes, token };
  }
}

/** SHA-256 of a photo as the server stores it. */
export async function serverBlobHash(baseUrl: string, token: string, sha256: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/blobs/${sha256}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`blob ${sha256}: ${response.status}`);
  return createHash('sha256').update(Buffer.from(await response.arrayBuffer())).digest('hex');
}
