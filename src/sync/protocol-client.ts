import { apiRequest } from '../lib/api';
import {
  DEFAULT_PULL_LIMIT, MAX_MISSING_QUERY, PROTOCOL_VERSION, missingBlobsRequestSchema, missingBlobsResponseSchema, pullRequestSchema, pullResponseSchema, pushRequestSchema, pushResponseSchema,
  type Change, type Mutation, type PushResult,
} from '../shared/protocol';

// The wire protocol is defined once, in src/shared/protocol; both ends validate every message.
export type WireMutation = Mutation;
export type MutationResult = PushResult;
export type PulledChange = Change;

/** Sends a JSON body gzip-compressed where the browser can (CompressionStream): 2G links are slow. */
async function compressedBody(body: unknown): Promise<{ body: BodyInit; headers: Record<string, string> }> {
  const json = JSON.stringify(body);
  if (typeof CompressionStream === 'undefined' || json.length < 1024) return { body: json, headers: {} };
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'));
  return { body: await new Response(stream).blob(), headers: { 'content-encoding': 'gzip' } };
}

export async function pushMutations(token: string, deviceId: string, mutations: WireMutation[]): Promise<MutationResult[]> {
  const request = pushRequestSchema.parse({ protocolVersion: PROTOCOL_VERSION, deviceId, mutations });
  const { body, headers } = await compressedBody(request);
  const response = await apiRequest<unknown>('/sync/push', { method: 'POST', rawBody: body, token, headers: { 'content-type': 'application/json', ...headers } });
  return pushResponseSchema.parse(response).results;
}

export type PullPage = { changes: PulledChange[]; cursor: string; hasMore: boolean; resources?: Record<string, string> };

export async function pullChanges(token: string, cursor: string, limit = DEFAULT_PULL_LIMIT): Promise<PullPage> {
  const request = pullRequestSchema.parse({ protocolVersion: PROTOCOL_VERSION, cursor, limit });
  return pullResponseSchema.parse(await apiRequest<unknown>('/sync/pull', { body: request, token }));
}

/** Which of these files the server lacks, a thousand hashes a request. */
export async function missingBlobs(token: string, hashes: readonly string[]): Promise<Set<string>> {
  const missing = new Set<string>();
  for (let i = 0; i < hashes.length; i += MAX_MISSING_QUERY) {
    const request = missingBlobsRequestSchema.parse({ sha256: hashes.slice(i, i + MAX_MISSING_QUERY) });
    for (const hash of missingBlobsResponseSchema.parse(await apiRequest<unknown>('/blobs/missing', { body: request, token })).missing) missing.add(hash);
  }
  return missing;
}
