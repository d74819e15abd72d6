// The one way the browser talks to the server: JSON in and out, and every failure turned into an
// ApiError with a machine code the UI translates (never a raw HTTP status shown to a user, anchors.md #11).
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** True when the request never reached the server (offline, DNS, dropped connection). */
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

const revokedListeners = new Set<() => void>();

/**
 * Called when the server answers `device-revoked` (an admin revoked this tablet as lost): the app wipes its
 * local data (src/app/device-wipe.ts). Returns the unsubscribe function.
 */
export function onDeviceRevoked(listener: () => void): () => void {
  revokedListeners.add(listener);
  return () => revokedListeners.delete(listener);
}

export type RequestOptions = {
  method?: string;
  body?: unknown;
  /** A body already encoded (e.g. gzip-compressed JSON); the caller sets its content-type. */
  rawBody?: BodyInit;
  token?: string;
  signal?: AbortSignal;
  headers?: Record<string, string>;
};

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: options.method ?? (options.body === undefined && options.rawBody === undefined ? 'GET' : 'POST'),
      headers,
      body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
      cache: 'no-store',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const error = (json as { error?: { code?: string; message?: string; details?: unknown } } | undefined)?.error;
    if (error?.code === 'device-revoked') for (const listener of revokedListeners) listener();
    throw new ApiError(response.status, error?.code ?? `http-${response.status}`, error?.message ?? response.statusText, error?.details);
  }
  return json as T;
}
