import { apiRequest } from '../lib/api';

// The wire shapes as this client uses them. The schemas themselves live in src/shared/protocol.
export const PROTOCOL_VERSION = 1;

export type WireMutation = {
  mutationId: number;
  entity: 'citizen' | 'village' | 'dossier';
  entityId: string;
  op: 'upsert' | 'delete';
  baseRevision: number;
  hlc: string;
  fields: Record<string, unknown>;
};
export type MutationResult = {
  mutationId: number;
  status: 'applied' | 'alreadyProcessed' | 'rejected' | 'linked';
  entityId: string;
  revision?: number;
  error?: { code: string; params?: Record<string, unknown> };
  linkedTo?: string;
};
export type PulledChange = {
  entity: 'citizen' | 'village' | 'dossier';
  entityId: string;
  revision: number;
  seq: number | string;
  deleted: boolean;
  fields: Record<string, unknown>;
  fieldClocks: Record<string, string>;
  history?: Array<{ field: string; value: unknown; hlc: string }>;
};

/** Sends a JSON body gzip-compressed where the browser can (CompressionStream): 2G links are slow. */
async function compressedBody(body: unknown): Promise<{ body: BodyInit; headers: Record<string, string> }> {
  const json = JSON.stringify(body);
  if (typeof CompressionStream === 'undefined' || json.length < 1024) return { body: json, headers: {} };
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'));
  return { body: await new Response(stream).blob(), headers: { 'content-encoding': 'gzip' } };
}

export async function pushMutations(token: string, deviceId: string, mutations: WireMutation[]): Promise<MutationResult[]> {
  const { body, headers } = await compressedBody({ protocolVersion: PROTOCOL_VERSION, deviceId, mutations });
  const response = await apiRequest<{ results: MutationResult[] }>('/sync/push', { method: 'POST', rawBody: body, token, headers: { 'content-type': 'application/json', ...headers } });
  return response.results;
}

export function pullChanges(token: string, cursor: string, limit = 500): Promise<{ changes: PulledChange[]; cursor: string; hasMore: boolean }> {
  return apiRequest('/sync/pull', { body: { protocolVersion: PROTOCOL_VERSION, cursor, limit }, token });
}
