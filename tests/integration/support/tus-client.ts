import { createHash, randomBytes } from 'node:crypto';

// Raw tus 1.0 requests over real HTTP (fetch), for tests that need to stop an upload at a byte of their
// choosing and see exactly what the server answers.

export type TestFile = { bytes: Buffer; sha256: string; mime: string };

export function randomFile(size: number, mime = 'image/jpeg'): TestFile {
  const bytes = randomBytes(size);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex'), mime };
}

export function encodeMetadata(metadata: Record<string, string>): string {
  return Object.entries(metadata)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');
}

export type TusClient = {
  create(file: TestFile, metadata?: Record<string, string>): Promise<Response>;
  /** POST, expecting 201: the upload's absolute URL. */
  start(file: TestFile, metadata?: Record<string, string>): Promise<string>;
  patch(url: string, offset: number, bytes: Buffer): Promise<Response>;
  head(url: string): Promise<Response>;
  /** The server's offset for an upload. */
  offset(url: string): Promise<number>;
};

export function tusClient(baseUrl: string, token: string): TusClient {
  const headers = { 'tus-resumable': '1.0.0', authorization: `Bearer ${token}` };
  const absolute = (location: string) => new URL(location, baseUrl).toString();
  const client: TusClient = {
    create: (file, metadata = {}) =>
      fetch(`${baseUrl}/api/v1/uploads`, {
        method: 'POST',
        headers: {
          ...headers,
          'upload-length': String(file.bytes.length),
          'upload-metadata': encodeMetadata({ sha256: file.sha256, mime: file.mime, size: String(file.bytes.length), ...metadata }),
        },
      }),
    async start(file, metadata) {
      const response = await client.create(file, metadata);
      if (response.status !== 201) throw new Error(`tus create: ${response.status} ${await response.text()}`);
      return absolute(response.headers.get('location')!);
    },
    patch: (url, offset, bytes) =>
      fetch(url, {
        method: 'PATCH',
        headers: { ...headers, 'content-type': 'application/offset+octet-stream', 'upload-offset': String(offset) },
        body: new Uint8Array(bytes),
      }),
    head: (url) => fetch(url, { method: 'HEAD', headers }),
    async offset(url) {
      const response = await client.head(url);
      if (response.status !== 200) throw new Error(`tus head: ${response.status}`);
      return Number(response.headers.get('upload-offset'));
    },
  };
  return client;
}
