import type { FastifyInstance, InjectOptions } from 'fastify';

/**
 * What happens to the next request a device sends:
 * - `dropRequest`: lost before it reaches the server (the device sees a network error);
 * - `dropResponse`: the server handles it (and commits), the answer is lost;
 * - `duplicate`: the request arrives twice (a proxy retry); the device gets the second answer;
 * - `delay`: the request is held in the network and the device sees a network error; it reaches the
 *   server later, when `deliverDelayed` is called (so after newer requests: reordered and duplicated);
 * - `restartBefore` / `restartAfter`: the server process dies before the request commits / after it
 *   committed but before answering, and a new server is started on the same database.
 */
export type Fault = 'dropRequest' | 'dropResponse' | 'duplicate' | 'delay' | 'restartBefore' | 'restartAfter';

export const FAULTS: readonly Fault[] = ['dropRequest', 'dropResponse', 'duplicate', 'delay', 'restartBefore', 'restartAfter'];

export type ServerHandle = { app(): FastifyInstance; restart(): Promise<void> };

type SentRequest = { method: InjectOptions['method']; url: string; headers: Record<string, string>; payload?: Buffer | string };
type HeldRequest = SentRequest & { caller: string };

/**
 * A `fetch` for the real client (src/lib/api.ts) that routes `/api/v1/...` to the Fastify app with
 * `inject`, through a network the test controls: devices offline, and one planned fault per request.
 */
export class FaultyNetwork {
  /** The device whose requests are being sent (the client is run one device at a time). */
  caller = '';
  readonly offline = new Set<string>();
  private plan: Fault[] = [];
  private readonly held: HeldRequest[] = [];
  readonly counts = { requests: 0, faults: 0, delivered: 0, restarts: 0 };

  constructor(private readonly server: ServerHandle) {}

  /** Faults for the next requests, in order; requests after them go through. */
  planFaults(faults: readonly Fault[]): void {
    this.plan = [...faults];
  }

  clearPlan(): void {
    this.plan = [];
  }

  get heldCount(): number {
    return this.held.length;
  }

  /** Lets one held request reach the server now; its answer goes nowhere. */
  async deliverDelayed(pick: number): Promise<void> {
    if (this.held.length === 0) return;
    const [request] = this.held.splice(pick % this.held.length, 1);
    const { caller: _caller, ...options } = request!;
    const response = await this.server.app().inject(options);
    this.counts.delivered += 1;
    if (response.statusCode !== 200) throw new Error(`delayed ${options.url} answered ${response.statusCode} ${response.body}`);
  }

  async deliverAllDelayed(): Promise<void> {
    while (this.held.length > 0) await this.deliverDelayed(0);
  }

  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname + input.search : input.url;
    if (!url.startsWith('/api/v1/')) throw new TypeError(`unexpected request to ${url}`);
    this.counts.requests += 1;
    if (this.offline.has(this.caller)) throw new TypeError('Failed to fetch (offline)');
    const options: HeldRequest = {
      caller: this.caller,
      method: init.method ?? 'GET',
      url,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      ...(init.body != null ? { payload: await bodyBytes(init.body) } : {}),
    };
    const { caller: _caller, ...request } = options;
    const fault = this.plan.shift();
    if (fault) this.counts.faults += 1;
    switch (fault) {
      case 'dropRequest':
        throw new TypeError('Failed to fetch (request lost)');
      case 'delay':
        this.held.push(options);
        throw new TypeError('Failed to fetch (request held in the network)');
      case 'restartBefore':
        await this.restart();
        throw new TypeError('Failed to fetch (server restarted)');
      case 'dropResponse':
        await this.server.app().inject(request);
        throw new TypeError('Failed to fetch (response lost)');
      case 'restartAfter':
        await this.server.app().inject(request);
        await this.restart();
        throw new TypeError('Failed to fetch (server restarted after commit)');
      case 'duplicate':
        await this.server.app().inject(request);
        return toResponse(await this.server.app().inject(request));
      case undefined:
        return toResponse(await this.server.app().inject(request));
    }
  };

  /** The server process dies and a new one starts on the same database. */
  async restart(): Promise<void> {
    this.counts.restarts += 1;
    await this.server.restart();
  }
}

async function bodyBytes(body: BodyInit): Promise<Buffer | string> {
  if (typeof body === 'string') return body;
  if (body instanceof Blob) return Buffer.from(await body.arrayBuffer());
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError('unsupported request body in the test network');
}

function toResponse(reply: { statusCode: number; rawPayload: Buffer; headers: Record<string, unknown> }): Response {
  const empty = reply.statusCode === 204 || reply.statusCode === 304;
  // The headers a same-origin page sees (the catalog's ETag among them); the body is already decoded.
  const headers = Object.entries(reply.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !['content-encoding', 'content-length', 'transfer-encoding'].includes(entry[0]));
  return new Response(empty ? null : new Uint8Array(reply.rawPayload), { status: reply.statusCode, headers });
}
